package vn.vinguoingheo.portal.content;

import java.time.LocalDate;
import java.util.List;

/**
 * What only a decision or plan has.
 *
 * @param documentType its type (quyết định, kế hoạch…), or null when not given
 * @param effective the date it takes effect, or null when its source does not say
 * @param status whether it is in force, or null when not given
 * @param replacedBy the decision of this site that replaced it, or null
 * @param replacedByText what replaced it, in words, when that is not an entry of this site, else null
 * @param file the attached document, or null
 */
public record DecisionDetails(String number, String issuer, String signer, Period period, List<Target> targets,
                              DocumentType documentType, LocalDate effective, DocumentStatus status,
                              Entry.Reference replacedBy, String replacedByText, DocumentFile file)
        implements Entry.Details {

    /** The same decision with its file found in the site. */
    public DecisionDetails withFile(DocumentFile found) {
        return new DecisionDetails(number, issuer, signer, period, targets, documentType, effective, status, replacedBy,
                replacedByText, found);
    }
}
