package dk.ngc.skema.assessment;

/**
 * The guiding principles a working-group member rates against in phase 2. Principles (3) and (4) belong
 * to the steering group's decision in phase 4 and are deliberately not here.
 *
 * <p>The Danish labels follow the process plan of 3 May 2021 word for word, because members know them by
 * those words.
 */
public enum Principle {

    /** Principle (1). */
    PROFESSIONALISM_AND_PATIENT_VALUE("Faglighed og værdi for patienten",
            "Professionalism and value for the patient"),

    /** Principle (2). */
    FASTER_BETTER_NATIONAL_ACCESS("Adgang til hurtigere og bedre behandling nationalt",
            "Faster and better access to treatment nationally");

    private final String labelDa;
    private final String labelEn;

    Principle(String labelDa, String labelEn) {
        this.labelDa = labelDa;
        this.labelEn = labelEn;
    }

    public String labelDa() {
        return labelDa;
    }

    public String labelEn() {
        return labelEn;
    }
}
