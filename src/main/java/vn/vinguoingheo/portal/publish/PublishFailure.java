package vn.vinguoingheo.portal.publish;

/** The output folder cannot be published to. */
public final class PublishFailure extends Exception {

    public PublishFailure(String message) {
        super(message);
    }
}
