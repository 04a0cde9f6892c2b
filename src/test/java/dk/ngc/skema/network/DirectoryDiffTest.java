package dk.ngc.skema.network;

import dk.ngc.skema.consolidation.WgsRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryDiffTest {

    final IndicationRecord pilot = DirectoryTestData.record("NGC-00.1", DirectoryTestData.pilotDraft(), 1);
    final IndicationRecord heart = DirectoryTestData.record("NGC-06.1", DirectoryTestData.heartDraft("R1-06"), 1);

    @Test
    void addedChangedAndWithdrawnIndicationsWithTheEffectOnExpectedWgs() {
        var d = DirectoryTestData.pilotDraft();
        IndicationRecord revisedPilot = new IndicationRecord(pilot.code(), pilot.groupCode(), pilot.groupNameDa(), pilot.groupNameEn(), null, null,
                pilot.nameDa(), pilot.nameEn(), pilot.description(), DirectoryTestData.heartCriteria(), d.requisition(),
                new WgsRange(4500, 5500, 6500), 2, pilot.approvedOn(), "nina", "Nye kriterier");
        IndicationRecord heart2 = DirectoryTestData.record("NGC-06.2", DirectoryTestData.heartDraft("R1-06"), 1);

        DirectoryDiff.Result diff = DirectoryDiff.between(List.of(pilot, heart), List.of(revisedPilot, heart2));

        assertThat(diff.changes()).extracting(DirectoryDiff.Change::code, DirectoryDiff.Change::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NGC-00.1", DirectoryDiff.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("NGC-06.1", DirectoryDiff.Kind.REMOVED),
                org.assertj.core.groups.Tuple.tuple("NGC-06.2", DirectoryDiff.Kind.ADDED));
        assertThat(diff.changes().getFirst().parts()).containsExactly(DirectoryDiff.Part.CRITERIA, DirectoryDiff.Part.WGS);
        assertThat(diff.changes().getFirst().versionAfter()).isEqualTo(2);
        assertThat(diff.before()).isEqualTo(new WgsRange(4300, 5400, 6500));
        assertThat(diff.after()).isEqualTo(new WgsRange(4800, 5900, 7000));
        assertThat(diff.effect()).containsExactly(500, 500, 500);
    }

    @Test
    void theSameDirectoryHasNoChanges() {
        assertThat(DirectoryDiff.between(List.of(pilot, heart), List.of(heart, pilot)).empty()).isTrue();
    }

    @Test
    void codesSortByGroupNumberThenIndicationNumber() {
        assertThat(List.of("NGC-12.1", "NGC-07.10", "NGC-07.2").stream().sorted(java.util.Comparator.comparing(DirectoryDiff::sortKey)))
                .containsExactly("NGC-07.2", "NGC-07.10", "NGC-12.1");
    }
}
