package kz.emocare.hub.consent;

/** Why data is shared; maps to the HL7 v3 PurposeOfUse codes TREAT, PUBHLTH and HRESCH. */
public enum ConsentPurpose {
    TREATMENT("TREAT"),
    PUBLIC_HEALTH("PUBHLTH"),
    RESEARCH("HRESCH");

    private final String purposeOfUse;

    ConsentPurpose(String purposeOfUse) {
        this.purposeOfUse = purposeOfUse;
    }

    /** The v3 PurposeOfUse code. */
    public String purposeOfUse() {
        return purposeOfUse;
    }
}
