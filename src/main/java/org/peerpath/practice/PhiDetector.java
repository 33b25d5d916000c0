package org.peerpath.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text in a practice-log note that likely identifies a person served: under 42 CFR Part 2 a coach's notes
 * must never do that. It errs towards asking: a trainee can always reword a note, but an identifier that slips
 * through stays in a record that boards and supervisors read.
 *
 * <p>Names are the hard part. Without a name dictionary the detector looks for the ways notes mention people:
 * titles ("Ms. Lopez"), relationships and roles ("my client Dana", "her son Eli"), verbs of contact ("met with
 * Marcus"), and pairs of capitalised words ("Maria Lopez") that are not known places, programs or phrases.
 */
public final class PhiDetector {

    public enum Kind {
        EMAIL("an e-mail address"),
        PHONE("a phone number"),
        SSN("a social security number"),
        DATE_OF_BIRTH("a date of birth"),
        STREET_ADDRESS("a street address"),
        RECORD_NUMBER("a record or case number"),
        PERSON_NAME("a person's name");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** {@code start} and {@code end} index the note, so the form can highlight exactly what was found. */
    public record Finding(Kind kind, int start, int end, String text) {
    }

    /** A capitalised word in any script: "Maria", "Zoë", "Ngũgĩ". */
    private static final String NAME = "\\p{Lu}\\p{Ll}+";

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|" + MONTH
            + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + "\\.?\\s+\\d{4})";

    /** @param everyWordNameLike a capitalised pair counts only if neither word is a known non-name */
    private record Rule(Kind kind, Pattern pattern, int group, boolean everyWordNameLike) {
        Rule(Kind kind, Pattern pattern, int group) {
            this(kind, pattern, group, false);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.EMAIL, Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"), 0),
            new Rule(Kind.SSN, Pattern.compile("(?<!\\d)\\d{3}-\\d{2}-\\d{4}(?!\\d)"), 0),
            new Rule(Kind.PHONE, Pattern.compile("(?<![\\w-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}(?![\\w-])"), 0),
            new Rule(Kind.DATE_OF_BIRTH, Pattern.compile("(?i)\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|born(?: on)?|birthday)\\b"
                    + "[\\s:,-]*(?:is|was|of)?\\s*" + DATE), 0),
            new Rule(Kind.STREET_ADDRESS, Pattern.compile("\\b\\d{1,5}\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z][a-z]+\\s+){1,3}"
                    + "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle|Parkway|Pkwy|Highway|Hwy)\\b\\.?"), 0),
            new Rule(Kind.RECORD_NUMBER, Pattern.compile("(?i)\\b(?:mrn|medical record(?: number| no\\.?)?|record (?:no\\.?|number|#)"
                    + "|case (?:no\\.?|number|#)|chart (?:no\\.?|number|#)|patient id|client id|member id|medicaid id|id number)"
                    + "\\s*[:#]?\\s*[A-Z0-9][A-Z0-9-]{3,}"), 0),
            new Rule(Kind.RECORD_NUMBER, Pattern.compile("(?<![\\w#])#\\d{5,}\\b"), 0),
            new Rule(Kind.PERSON_NAME, Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+" + NAME + "(?:[-']" + NAME + ")?"), 0),
            new Rule(Kind.PERSON_NAME, Pattern.compile("(?i:\\b(?:client|peer|participant|patient|person|named|called|son|daughter|wife|husband"
                    + "|mother|mom|father|dad|brother|sister|partner|boyfriend|girlfriend|friend|roommate|cousin|aunt|uncle)\\s+)"
                    + "(" + NAME + "(?:\\s+" + NAME + ")?)"), 1),
            new Rule(Kind.PERSON_NAME, Pattern.compile("(?i:\\b(?:met with|met|with|called|texted|told|drove|helped|supported|visited|asked"
                    + "|gave|saw|accompanied|picked up|checked in with|talked to|spoke with|introduced|call)\\s+)(" + NAME + "(?:\\s+" + NAME + ")?)"), 1),
            new Rule(Kind.PERSON_NAME, Pattern.compile("(?<!\\p{L})" + NAME + "\\s+" + NAME + "(?:-" + NAME + ")?(?!\\p{L})"), 0, true));

    /**
     * Capitalised words that are not names in a coaching note: places, programs, roles, days, months, and words
     * that start sentences. A name rule ignores a match made only of these.
     */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            "I", "A", "An", "The", "This", "That", "These", "Those", "We", "He", "She", "They", "It", "Our", "My", "His",
            "Her", "Their", "Today", "Yesterday", "Tomorrow", "After", "Before", "During", "When", "While", "Then", "Next",
            "Later", "Also", "Both", "Each", "Some", "No", "Not", "Yes", "Discussed", "Reviewed", "Practiced", "Shared",
            "Used", "Talked", "Met", "Called", "Helped", "Supported", "Visited", "Attended", "Followed", "Provided",
            "Explored", "Connected", "Linked", "Drove", "Accompanied", "Walked", "Texted", "Checked", "Completed",
            "Worked", "Planned", "Celebrated", "Reflected", "Noticed", "Session", "Group", "Peer", "Peers", "Coach",
            "Coaching", "Recovery", "Community", "Center", "Centre", "Café", "Cafe", "Clinic", "Hospital", "Emergency",
            "Department", "Outpatient", "Inpatient", "Detox", "Housing", "Shelter", "Food", "Bank", "Pantry", "Court",
            "Drug", "Treatment", "Program", "Services", "Service", "Health", "Mental", "Behavioral", "Public", "Library",
            "Street", "Main", "Avenue", "Road", "Park", "County", "City", "State", "Office", "Social", "Security",
            "Medicaid", "Medicare", "Insurance", "Narcotics", "Alcoholics", "Anonymous", "Smart", "SMART", "Celebrate",
            "Step", "Steps", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve",
            "Big", "Book", "Motivational", "Interviewing", "Empathy", "Sandwich", "Wellness", "Recovery Plan", "Plan",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Zoom", "Teams", "Phone", "Video", "Hope", "Harm", "Reduction", "Naloxone", "Narcan", "Medication",
            "Assisted", "Methadone", "Suboxone", "Job", "Center", "Workforce", "Employment", "Resume", "GED",
            "Family", "Support", "Meeting", "Meetings", "Supervisor", "Supervision", "Trainee", "Resource", "Resources",
            "Intake", "Discharge", "Follow", "Up", "Crisis", "Line", "Hotline", "Transit", "Bus", "Transportation",
            "Church", "Faith", "Spiritual", "Physical", "Emotional", "Financial", "Environmental", "Intellectual",
            "Occupational", "Dimension", "Dimensions", "Goal", "Goals", "Strengths", "Strength", "OARS", "DARN", "CAT",
            "EARS", "MI", "AA", "NA", "ED", "ER", "DMV", "SNAP", "WIC", "Legal", "Aid", "Vocational", "Rehabilitation", "First", "Call", "Sent", "Left", "Gave", "Asked", "Told", "Spoke", "Let", "Offered"));

    public List<Finding> scan(String note) {
        if (note == null || note.isBlank()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(note);
            while (m.find()) {
                String text = m.group(rule.group());
                if (rule.kind() == Kind.PERSON_NAME && (rule.everyWordNameLike() ? hasNotName(text) : isOnlyNotNames(text))) {
                    continue;
                }
                findings.add(new Finding(rule.kind(), m.start(rule.group()), m.end(rule.group()), text));
            }
        }
        return withoutOverlaps(findings);
    }

    public boolean isClean(String note) {
        return scan(note).isEmpty();
    }

    private static boolean hasNotName(String text) {
        for (String word : text.split("[\\s-]+")) {
            if (NOT_NAMES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOnlyNotNames(String text) {
        String[] words = text.replaceFirst("^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+", "").split("\\s+");
        for (String word : words) {
            if (!NOT_NAMES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The first, longest finding wins where findings overlap (a phone number inside an address, say). */
    private static List<Finding> withoutOverlaps(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        List<Finding> result = new ArrayList<>();
        int coveredUntil = -1;
        for (Finding f : sorted) {
            if (f.start() >= coveredUntil) {
                result.add(f);
                coveredUntil = f.end();
            }
        }
        return result;
    }
}
