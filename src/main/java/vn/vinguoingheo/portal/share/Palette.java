package vn.vinguoingheo.portal.share;

import java.util.Arrays;

/**
 * Up to 256 colours for an indexed PNG, and the lookup of the nearest one for any colour drawn.
 * A share card is flat colour and anti-aliased edges between a few pairs of colours, so a palette
 * of those colours and 48 steps between each pair shows it to the eye as it was drawn (no channel
 * more than 3 off), in a third of the bytes per pixel. A colour far from every entry (a photo)
 * has no index, and the card is written as RGB instead.
 */
final class Palette {

    /** Steps between the two colours of a pair, ends excluded. */
    private static final int STEPS = 48;
    /** How far (squared distance in RGB) a colour may be from its entry: about 4 per channel. */
    private static final int NEAR = 3 * 4 * 4;

    private final int[] colours;

    private Palette(int[] colours) {
        if (colours.length == 0 || colours.length > 256) {
            throw new IllegalArgumentException("a palette holds 1 to 256 colours, not " + colours.length);
        }
        this.colours = colours;
    }

    /**
     * The palette of the colours {@code solid} and the blends of each pair in {@code pairs}
     * (foreground, background) that anti-aliasing draws, in a fixed order.
     */
    static Palette of(int[] solid, int[][] pairs) {
        int[] colours = new int[solid.length + pairs.length * STEPS];
        int n = 0;
        for (int colour : solid) {
            colours[n++] = colour & 0xffffff;
        }
        for (int[] pair : pairs) {
            for (int step = 1; step <= STEPS; step++) {
                colours[n++] = blend(pair[0], pair[1], step / (STEPS + 1.0));
            }
        }
        return new Palette(colours);
    }

    private static int blend(int foreground, int background, double alpha) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int f = (foreground >> shift) & 0xff;
            int b = (background >> shift) & 0xff;
            rgb |= (int) Math.round(f * alpha + b * (1 - alpha)) << shift;
        }
        return rgb;
    }

    int size() {
        return colours.length;
    }

    int colour(int index) {
        return colours[index];
    }

    /** The PLTE chunk's data: three bytes per entry. */
    byte[] plte() {
        byte[] plte = new byte[3 * colours.length];
        for (int i = 0; i < colours.length; i++) {
            plte[3 * i] = (byte) (colours[i] >> 16);
            plte[3 * i + 1] = (byte) (colours[i] >> 8);
            plte[3 * i + 2] = (byte) colours[i];
        }
        return plte;
    }

    /** A lookup for one thread: the colours of a card recur on every card, so each is searched once. */
    Lookup lookup() {
        return new Lookup();
    }

    final class Lookup {
        private static final int EMPTY = -1;
        private int[] keys = new int[4096];
        private int[] values = new int[4096];
        private int size;

        Lookup() {
            Arrays.fill(keys, EMPTY);
        }

        Palette palette() {
            return Palette.this;
        }

        /** The index of the nearest entry, or -1 when none is near. */
        int index(int rgb) {
            int key = rgb & 0xffffff;
            int mask = keys.length - 1;
            for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                if (keys[slot] == EMPTY) {
                    int index = nearest(key);
                    keys[slot] = key;
                    values[slot] = index;
                    if (++size * 2 > keys.length) {
                        grow();
                    }
                    return index;
                }
            }
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(keys, EMPTY);
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    int slot = hash(oldKeys[i]) & mask;
                    while (keys[slot] != EMPTY) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }

        private static int hash(int key) {
            int h = key * 0x9E3779B1;
            return h ^ (h >>> 15);
        }
    }

    /** The nearest entry (the first of equals), or -1 when it is farther than {@link #NEAR}. */
    private int nearest(int rgb) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < colours.length; i++) {
            int c = colours[i];
            int dr = ((rgb >> 16) & 0xff) - ((c >> 16) & 0xff);
            int dg = ((rgb >> 8) & 0xff) - ((c >> 8) & 0xff);
            int db = (rgb & 0xff) - (c & 0xff);
            int distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return bestDistance <= NEAR ? best : -1;
    }
}
