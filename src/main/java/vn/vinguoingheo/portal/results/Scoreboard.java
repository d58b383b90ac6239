package vn.vinguoingheo.portal.results;

import java.util.Arrays;
import java.util.List;

/**
 * Every target set against its series, counted by outcome: met, on track, not met, without
 * data. Each outcome keeps its targets in the order given, for the list each count links to.
 */
public record Scoreboard(List<Tally> tallies) {

    /**
     * The outcomes readers see: "on track" is a target not yet met whose value moved the right way;
     * "not met" takes both a target still open and one whose year has passed.
     */
    public enum Outcome {
        MET("da-dat", "Đã đạt", "Giá trị của năm mục tiêu, hoặc giá trị gần nhất, đã đạt mục tiêu."),
        ON_TRACK("dang-tien-bo", "Đang tiến bộ", "Chưa đạt, nhưng giá trị gần nhất đã tiến về phía mục tiêu so với lần trước."),
        NOT_MET("chua-dat", "Chưa đạt", "Chưa đạt và chưa thấy tiến bộ so với lần trước (hoặc chưa có lần trước để so), hoặc đã qua năm mục tiêu mà không đạt."),
        NO_DATA("chua-co-so-lieu", "Chưa có số liệu", "Chưa có số liệu thực tế hay ước tính nào của địa bàn để so.");

        private final String id;
        private final String label;
        private final String description;

        Outcome(String id, String label, String description) {
            this.id = id;
            this.label = label;
            this.description = description;
        }

        public String description() {
            return description;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        static Outcome of(TargetCheck.Status status) {
            return switch (status) {
                case MET -> MET;
                case IMPROVING -> ON_TRACK;
                case BEHIND, MISSED -> NOT_MET;
                case NO_DATA -> NO_DATA;
            };
        }
    }

    /** The targets of one outcome; {@code count} is their number, zero included. */
    public record Tally(Outcome outcome, List<TargetCheck> targets) {
        public int count() {
            return targets.size();
        }
    }

    public static Scoreboard of(List<TargetCheck> checks) {
        return new Scoreboard(Arrays.stream(Outcome.values())
                .map(o -> new Tally(o, checks.stream().filter(c -> Outcome.of(c.status()) == o).toList())).toList());
    }

    public int total() {
        return tallies.stream().mapToInt(Tally::count).sum();
    }
}
