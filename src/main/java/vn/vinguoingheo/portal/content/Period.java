package vn.vinguoingheo.portal.content;

/** A span of years, both ends included. */
public record Period(int from, int to) {

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
