package vn.vinguoingheo.portal.photo;

/** A photo that passed the look at its header but cannot be decoded: the message says why, in Vietnamese. */
public final class PhotoFailure extends Exception {
    public PhotoFailure(String message) {
        super(message);
    }
}
