package vn.vinguoingheo.portal.content;

import java.util.List;

/** What only a decision or plan has. */
public record DecisionDetails(String number, String issuer, String signer, Period period, List<Target> targets)
        implements Entry.Details {
}
