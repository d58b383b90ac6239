package vn.vinguoingheo.portal.content.read;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.DocumentFile;
import vn.vinguoingheo.portal.content.DocumentStatus;
import vn.vinguoingheo.portal.content.DocumentType;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.Problems;

/**
 * A decision's document metadata as state document databases show it: type, effective date,
 * status and what replaced it, and an attached file. All optional: a source that does not state
 * an effective date or a status leaves the field out, and nothing is guessed.
 */
final class DocumentFields {

    private static final Pattern DECISION_REFERENCE = Pattern.compile("(decisions|decision)/([a-z0-9]+(?:-[a-z0-9]+)*)");

    private DocumentFields() {
    }

    static DecisionDetails read(Fields fields, DecisionDetails details) {
        Problems problems = fields.problems();
        DocumentType type = null;
        String writtenType = fields.nonBlankText("document_type", false);
        if (writtenType != null) {
            type = DocumentType.byWritten(writtenType).orElse(null);
            if (type == null) {
                problems.error(fields.locationOf("document_type"), "loại văn bản \"" + writtenType + "\" không có; dùng một trong: "
                        + Arrays.stream(DocumentType.values()).map(DocumentType::code).collect(Collectors.joining(", ")));
            }
        }
        LocalDate effective = fields.date("effective", false);
        DocumentStatus status = null;
        String writtenStatus = fields.nonBlankText("status", false);
        if (writtenStatus != null) {
            status = DocumentStatus.byWritten(writtenStatus).orElse(null);
            if (status == null) {
                problems.error(fields.locationOf("status"), "tình trạng \"" + writtenStatus + "\" không có; dùng con-hieu-luc, "
                        + "bi-thay-the hoặc het-hieu-luc");
            }
        }
        Entry.Reference replacedBy = null;
        String replacedByText = null;
        String written = fields.nonBlankText("replaced_by", false);
        if (written != null) {
            Matcher m = DECISION_REFERENCE.matcher(written);
            if (m.matches()) {
                replacedBy = new Entry.Reference(Kind.DECISION, m.group(2), fields.locationOf("replaced_by"));
            } else {
                replacedByText = written;
            }
            if (status != null && status != DocumentStatus.REPLACED) {
                problems.error(fields.locationOf("replaced_by"), "có \"replaced_by\" thì tình trạng (status) phải là bi-thay-the");
            }
        } else if (status == DocumentStatus.REPLACED) {
            problems.warn(fields.locationOf("status"), "văn bản đã bị thay thế: nên ghi replaced_by (ví dụ decisions/qd-moi "
                    + "hoặc số hiệu văn bản thay thế)");
        }
        String file = fields.nonBlankText("file", false);
        if (file != null && !file.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            problems.error(fields.locationOf("file"), "tệp đính kèm \"" + file + "\" phải là tệp PDF (.pdf)");
            file = null;
        }
        return new DecisionDetails(details.number(), details.issuer(), details.signer(), details.period(), details.targets(),
                type, effective, status, replacedBy, replacedByText, file == null ? null : DocumentFile.written(file, fields.locationOf("file")));
    }
}
