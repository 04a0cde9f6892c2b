package dk.ngc.skema.hearing;

import dk.ngc.skema.hearing.note.HearingNote;

/** NGC's verdict on a comment: accommodated (yes), partly, not accommodated (no), or only noted. */
public enum Accommodation {
    ACCOMMODATED, PARTLY, NOT_ACCOMMODATED, NOTED;

    HearingNote.Accommodation toNote() {
        return switch (this) {
            case ACCOMMODATED -> HearingNote.Accommodation.ACCOMMODATED;
            case PARTLY -> HearingNote.Accommodation.PARTLY;
            case NOT_ACCOMMODATED -> HearingNote.Accommodation.NOT_ACCOMMODATED;
            case NOTED -> HearingNote.Accommodation.NOTED;
        };
    }
}
