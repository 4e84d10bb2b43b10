package kz.emocare.contracts.iin;

/** A candidate IIN was rejected; the message says why and never contains the number. */
public class InvalidIinException extends IllegalArgumentException {

    public InvalidIinException(String message) {
        super(message);
    }
}
