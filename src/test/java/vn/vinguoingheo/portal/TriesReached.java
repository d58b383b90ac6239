package vn.vinguoingheo.portal;

import net.jqwik.api.statistics.Statistics;

/**
 * What a property really tested: each try records whether it reached the property's assertions
 * (a try that returns early, or catches an error, did not), jqwik reports the share, and the
 * property fails when fewer than 80% of its tries got there.
 */
public final class TriesReached {

    public static final String LABEL = "assertions reached";

    private TriesReached() {
    }

    /** Call once per try, on every path, before any early return. */
    public static void record(boolean reached) {
        Statistics.label(LABEL).collect(reached);
        Statistics.label(LABEL).coverage(check -> check.check(true).percentage(p -> p >= 80));
    }
}
