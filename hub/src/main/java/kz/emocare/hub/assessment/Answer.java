package kz.emocare.hub.assessment;

/**
 * One answer of a response.
 *
 * @param item the item's code (a LOINC code such as {@code 44260-8}, or a local code such as {@code who-5-1})
 * @param value the answer's ordinal value (PHQ-9: 0–3; WHO-5: 0–5)
 */
public record Answer(String item, int value) {

    public Answer {
        if (item == null) {
            throw new IllegalArgumentException("an answer names its item");
        }
    }
}
