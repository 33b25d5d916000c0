package org.peerpath.practice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds text in a practice-log note that likely identifies a person served: under 42 CFR Part 2 a coach's notes
 * must never do that. It errs towards asking: a trainee can always reword a note, but an identifier that slips
 * through stays in a record that boards and supervisors read.
 *
 * <p>Names are the hard part. The detector looks for the ways notes mention people: titles ("Ms. Lopez"),
 * relationships and roles ("my client Dana", "her son Eli"), verbs of contact ("met with Marcus"), introductions
 * ("her name is Jessica"), a capitalised word doing what people do ("Jessica said"), pairs of capitalised words
 * ("Maria Lopez"), and common first names in any case ("maria"). Names of programs, prayers, holidays and
 * services that look like names ("Planned Parenthood", "Serenity Prayer") are blanked out before the name rules
 * run, and capitalised words that are not names in a coaching note never count.
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
    private static final String FULL_NAME = NAME + "(?:[-']" + NAME + ")?(?:\\s+" + NAME + "(?:[-']" + NAME + ")?)?";

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|" + MONTH
            + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + "\\.?\\s+\\d{4})";
    private static final String STREET_WORDS = "(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Terrace|Circle|Parkway|Highway|St\\.|Ave\\.?|Blvd\\.?)";

    private enum Check {
        /** Report the match as it is. */
        NONE,
        /** A name-like match counts only if it is not made only of known non-names. */
        NOT_ONLY_NOT_NAMES,
        /** A capitalised pair counts only if neither word is a known non-name. */
        NO_NOT_NAME,
        /** A street name without a number: not when the sentence names a public place on it rather than a home. */
        STREET_WITHOUT_NUMBER
    }

    /** @param masked whether the rule runs on the note with known non-name phrases blanked out */
    private record Rule(Kind kind, Pattern pattern, int group, Check check, boolean masked) {
    }

    private static Rule plain(Kind kind, String regex) {
        return new Rule(kind, Pattern.compile(regex), 0, Check.NONE, false);
    }

    private static Rule name(String regex, int group, Check check) {
        return new Rule(Kind.PERSON_NAME, Pattern.compile(regex), group, check, true);
    }

    /** Words that introduce a person by their relation or role: "client Dana", "her son Eli". */
    private static final String RELATION = "client|peer|participant|patient|person|son|daughter|wife|husband|mother|mom|father|dad"
            + "|brother|sister|partner|boyfriend|girlfriend|fianc[eé]e?|friend|roommate|cousin|aunt|uncle|niece|nephew|grandson"
            + "|granddaughter|grandmother|grandma|grandfather|grandpa|stepson|stepdaughter|neighbou?r|sponsor|sponsee|coworker"
            + "|co-worker|landlord|kid|baby|child|ex";

    private static final List<Rule> RULES = List.of(
            plain(Kind.EMAIL, "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"),
            plain(Kind.SSN, "(?<!\\d)\\d{3}-\\d{2}-\\d{4}(?!\\d)"),
            plain(Kind.PHONE, "(?<![\\w-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}(?![\\w-])"),
            // Ten digits typed without separators, and seven-digit local numbers ("555-0143").
            plain(Kind.PHONE, "(?<![\\w-])(?:\\+?1)?\\d{10}(?![\\w-])"),
            plain(Kind.PHONE, "(?<![\\w.:/-])\\d{3}[.-]\\d{4}(?![\\w-]|[.:/]\\d)"),
            plain(Kind.DATE_OF_BIRTH, "(?i)\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|born(?: on)?|birthday)\\b"
                    + "[\\s:,-]*(?:is|was|of)?\\s*" + DATE),
            plain(Kind.STREET_ADDRESS, "\\b\\d{1,5}\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z][a-z]+\\s+){1,3}"
                    + "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle|Parkway|Pkwy|Highway|Hwy)\\b\\.?"),
            new Rule(Kind.STREET_ADDRESS, Pattern.compile("\\b(?:[NSEW]\\.?\\s+)?(?:[A-Z][a-z]+\\s+){1,2}" + STREET_WORDS + "(?![\\p{L}])"),
                    0, Check.STREET_WITHOUT_NUMBER, false),
            plain(Kind.RECORD_NUMBER, "(?i)\\b(?:mrn|medical record(?: number| no\\.?)?|record (?:no\\.?|number|#)"
                    + "|(?:case|chart|account|acct|policy|claim|member|beneficiary|license|licence|plate|certificate|file)\\s*(?:no\\.?|number|#)"
                    + "|patient id|client id|member id|medicaid id|medicare id|insurance id|id number)"
                    + "\\s*[:#]?\\s*(?=[A-Z0-9-]*\\d)[A-Z0-9][A-Z0-9-]{3,}"),
            plain(Kind.RECORD_NUMBER, "(?<![\\w#])#\\d{5,}\\b"),
            name("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+" + NAME + "(?:[-']" + NAME + ")?", 0, Check.NOT_ONLY_NOT_NAMES),
            // Typed in lower case, a title needs its full stop: "mrs. gonzalez".
            name("\\b(?:mr|mrs|ms|dr)\\.\\s+(\\p{Ll}{2,}(?:[-']\\p{Ll}+)?)", 0, Check.NOT_ONLY_NOT_NAMES),
            name("(?i:\\b(?:" + RELATION + "|named|called),?\\s+)(" + FULL_NAME + ")", 1, Check.NOT_ONLY_NOT_NAMES),
            name("(?i:\\b(?:met with|met|with|called|texted|told|drove|helped|supported|visited|asked|gave|saw|accompanied"
                    + "|picked up|dropped off|checked in with|talked to|talked with|spoke with|spoke to|introduced|call|text|emailed"
                    + "|messaged|phoned|reminded|encouraged|coached|invited|thanked|hugged|joined|took|brought|walked)\\s+)("
                    + FULL_NAME + ")", 1, Check.NOT_ONLY_NOT_NAMES),
            // "Her name is jessica": after these words a lower-case name counts too.
            name("(?i:\\b(?:name is|name's|names are)\\s+)(\\p{L}{2,}(?:[-']\\p{L}+)?)", 1, Check.NOT_ONLY_NOT_NAMES),
            name("(?i:\\b(?:goes by|known as|nicknamed|calls (?:him|her|them)sel(?:f|ves))\\s+)(" + FULL_NAME + ")", 1,
                    Check.NOT_ONLY_NOT_NAMES),
            // A capitalised word doing what people do: "Jessica said", "… and Marcus asked".
            name("(" + NAME + ")(?=\\s+(?:said|says|told|tells|asked|asks|shared|shares|mentioned|reported|explained|admitted|stated"
                    + "|replied|answered|texted|called|cried|laughed|agreed|decided|relapsed|wants|wanted|needs|needed|thinks|thought"
                    + "|feels|felt|hopes|hoped|promised|refused|disclosed|complained|worried|showed up|arrived|left|came|lives|lived"
                    + "|stays|stayed|works|worked|drinks|drank|uses|used)\\b)", 1, Check.NOT_ONLY_NOT_NAMES),
            name("(" + NAME + ")(?=['’]s\\s+(?:" + RELATION + "|kids|children|apartment|house|place|car|phone|case|family)\\b)", 1,
                    Check.NOT_ONLY_NOT_NAMES),
            name("(?<!\\p{L})" + NAME + "\\s+" + NAME + "(?:-" + NAME + ")?(?!\\p{L})", 0, Check.NO_NOT_NAME));

    /**
     * Common first names (US birth registers, several communities), in any case. Names that are also ordinary
     * English words, months, places or faith words ("Grace", "Hope", "May", "Austin", "Jesus") are left out: they
     * would make clean notes fail, and the other rules catch them in the ways notes mention people.
     */
    private static final Set<String> FIRST_NAMES = Set.of(("aaron abigail adam adrian adriana aidan aiden alan albert alejandra "
            + "alejandro alex alexa alexander alexandra alexis alfredo alicia alisha allison alyssa amanda amy ana andre andrea "
            + "andrew angela angelica anita ann anna anne anthony antonio ariana ashley audrey barbara benjamin beth "
            + "betty beverly blake bradley brandi brandon brenda brian brianna brittany brooke bryan caitlin caleb cameron "
            + "camila carla carlos carmen caroline carrie casey cassandra catherine cesar chad charles charlotte cheryl chloe chris "
            + "christina christine christopher cindy claudia cody colin connor courtney craig cynthia damian "
            + "dana daniel daniela danielle darius darnell darryl david deanna debbie deborah debra denise derek derrick desiree "
            + "devin diana diane diego dominic donald donna dorothy douglas dustin dylan edgar eduardo edward elena eli elijah "
            + "elizabeth ellen emily emma eric erica erik erin esther ethan eugene evan evelyn fernando francisco gabriel gabriela "
            + "gary gerald gloria gonzalo gregory hailey haley hannah harold hector heidi helen ian isaac isabel isabella isaiah "
            + "ivan jacob jacqueline jaime jake jamal james jamie janet janice jared jasmine jason javier jeffrey jenna jennifer "
            + "jeremiah jeremy jerome jessica jesse jill joanna joel johanna john johnny jonathan jorge jose joseph joshua juan "
            + "julia julian julie justin kaitlyn karen karina katherine kathleen kathryn katie kayla keisha keith kelly kelsey "
            + "kenneth kevin kimberly kristen kristin kyle lakisha larry latisha latoya laura lauren leah leslie linda lisa "
            + "logan lorena lori lucas luis luke madeline makayla malik manuel marcus margaret maria mariah marisol marissa "
            + "martha martin marvin mary matthew megan melanie melissa michael michelle miguel mikayla monica morgan nancy "
            + "natalie nathan nathaniel nicholas nicole noah nora olivia omar oscar pablo pamela patricia patrick paul paula "
            + "pedro peter philip priscilla rachel rafael ramon randy raquel raymond rebecca regina ricardo richard ricky "
            + "roberto robert rodney roger ronald rosa ruth ryan samantha samuel sandra sara sarah scott sean sergio shane "
            + "shanice shannon sharon shawn shelby sofia sophia stacy stephanie stephen steven susan tamara tanya tara teresa "
            + "terrence theresa thomas timothy tina tonya tracy travis trevor troy tyler tyrone valerie vanessa veronica "
            + "victor vincent walter wayne wendy william xavier yesenia yolanda yvonne zachary "
            // Short forms people go by
            + "steve mike tony joe joey dave jim jimmy tom tommy dan danny matt ben sam jen jenny liz kate meg becky vicky "
            + "deb kathy cathy patty tammy terry jerry barry bobby mikey jackie nikki kim mia ava zoe leo").split(" ")).stream()
            .collect(Collectors.toUnmodifiableSet());

    /** "John 3:16", "Ruth 1": a book of the Bible in a faith-based group, not a person. */
    private static final Pattern BIBLE_REFERENCE = Pattern.compile("\\s+\\d{1,3}:\\d{1,3}");

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

    /**
     * Names of programs, services, prayers, holidays and roles that look like people's names. They are blanked out
     * (same length, so positions stay right) before the name rules run.
     */
    private static final List<String> NOT_NAME_PHRASES = List.of(
            "Planned Parenthood", "Serenity Prayer", "Lord's Prayer", "Big Book", "Twelve Traditions", "Twelve Steps",
            "Higher Power", "New Year", "New Year's", "New Year's Eve", "Christmas Eve", "Mother's Day", "Father's Day",
            "Memorial Day", "Labor Day", "Veterans Day", "Independence Day", "Martin Luther King", "Black History Month",
            "Recovery Month", "Peer Support Specialist", "Recovery Support Specialist", "Support Specialist", "Recovery Coach", "Case Manager", "Social Worker",
            "Nurse Practitioner", "Alcoholics Anonymous", "Narcotics Anonymous", "Cocaine Anonymous", "Al-Anon", "Nar-Anon",
            "SMART Recovery", "Celebrate Recovery", "Refuge Recovery", "Salvation Army",
            "Red Cross", "Lutheran Services", "Jewish Family Services", "Goodwill", "Habitat for Humanity",
            "Ronald McDonald House", "Hail Mary", "Meals on Wheels", "Good Samaritan", "Legal Aid", "Housing First", "Section Eight",
            "Section 8", "Social Security", "Veterans Affairs", "Vocational Rehabilitation", "Crisis Text Line", "Mental Health America", "Medication Assisted Treatment", "Motivational Interviewing", "Stages of Change",
            "Wellness Recovery Action Plan", "Cognitive Behavioral Therapy", "Dialectical Behavior Therapy", "Hepatitis C",
            "Fentanyl Test Strips", "Drug Court", "Family Court", "Mental Health Court", "Veterans Court", "Treatment Court",
            "Emergency Room", "Urgent Care", "Department of Health", "Health Department", "Public Health", "Job Corps");

    private static final Pattern PHRASES = Pattern.compile(NOT_NAME_PHRASES.stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(Collectors.joining("|", "(?<!\\p{L})(?:", ")(?!\\p{L})")));

    /** Saints name hospitals, churches and charities, not people served: "St. Mary's", "Saint Joseph". */
    private static final Pattern SAINT = Pattern.compile("\\b(?:St\\.?|Saint)\\s+" + NAME + "(?:['’]s)?");

    /**
     * Capitalised words that are not names in a coaching note: places, programs, roles, days, months, and words
     * that start sentences. A name rule ignores a match made only of these.
     */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            "I", "A", "An", "The", "This", "That", "These", "Those", "We", "He", "She", "They", "It", "Our", "My", "His",
            "Her", "Their", "Its", "You", "Your", "Me", "Him", "Them", "Us", "Who", "What", "Which", "Where", "Why", "How",
            "Everyone", "Everybody", "Someone", "Somebody", "Nobody", "None", "All", "Many", "Most", "Several", "Others",
            "Other", "Another", "Anyone", "Few", "Nothing", "Something", "Everything", "Here", "There", "If", "So", "But",
            "And", "Or", "Because", "Since", "Although", "Though", "As", "At", "In", "On", "Of", "For", "From", "To", "By",
            "Over", "Under", "About", "Around", "Through", "With", "Without", "Again", "Still", "Just", "Only", "Even",
            "Today", "Yesterday", "Tomorrow", "Tonight", "Morning", "Afternoon", "Evening", "Night", "Week", "Weekend",
            "After", "Before", "During", "When", "While", "Then", "Next", "Later", "Also", "Both", "Each", "Some", "No",
            "Not", "Yes", "Discussed", "Reviewed", "Practiced", "Practised", "Shared", "Used", "Talked", "Met", "Called",
            "Helped", "Supported", "Visited", "Attended", "Followed", "Provided", "Explored", "Connected", "Linked", "Drove",
            "Accompanied", "Walked", "Texted", "Checked", "Completed", "Worked", "Planned", "Celebrated", "Reflected",
            "Noticed", "Went", "Picked", "Spent", "Set", "Led", "Co-led", "Referred", "Documented", "Sat", "Stayed",
            "Listened", "Encouraged", "Modeled", "Modelled", "Role", "Played", "Prepared", "Facilitated", "Co-facilitated",
            "Updated", "Filled", "Applied", "Joined", "Brought", "Took", "Made", "Found", "Gave", "Asked", "Told", "Spoke",
            "Let", "Offered", "Sent", "Left", "First", "Call", "Explained", "Agreed", "Identified", "Mapped", "Coached",
            "Advocated", "Trained", "Training", "Session", "Sessions", "Group", "Groups", "Peer", "Peers", "Coach",
            "Coaching", "Recovery", "Community", "Center", "Centre", "Café", "Cafe", "Clinic", "Hospital", "Emergency",
            "Department", "Outpatient", "Inpatient", "Detox", "Housing", "Shelter", "Food", "Bank", "Pantry", "Court",
            "Drug", "Treatment", "Program", "Programs", "Services", "Service", "Health", "Mental", "Behavioral", "Public",
            "Library", "Street", "Main", "Avenue", "Road", "Park", "County", "City", "State", "Office", "Social", "Security",
            "Medicaid", "Medicare", "Insurance", "Narcotics", "Alcoholics", "Anonymous", "Smart", "SMART", "Celebrate",
            "Step", "Steps", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
            "Twelve", "Big", "Book", "Motivational", "Interviewing", "Empathy", "Sandwich", "Wellness", "Plan", "Plans",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Zoom", "Teams", "Phone", "Video", "Hope", "Harm", "Reduction", "Naloxone", "Narcan", "Medication",
            "Assisted", "Methadone", "Suboxone", "Buprenorphine", "Vivitrol", "Job", "Jobs", "Workforce", "Employment",
            "Resume", "GED", "Family", "Families", "Support", "Meeting", "Meetings", "Supervisor", "Supervision", "Trainee",
            "Resource", "Resources", "Intake", "Discharge", "Follow", "Up", "Crisis", "Line", "Hotline", "Transit", "Bus",
            "Transportation", "Church", "Faith", "Spiritual", "Physical", "Emotional", "Financial", "Environmental",
            "Intellectual", "Occupational", "Dimension", "Dimensions", "Goal", "Goals", "Strengths", "Strength", "OARS",
            "DARN", "CAT", "EARS", "MI", "AA", "NA", "ED", "ER", "DMV", "SNAP", "WIC", "Legal", "Aid", "Vocational",
            "Rehabilitation", "Staff", "Nurse", "Nurses", "Doctor", "Doctors", "Counselor", "Counsellor", "Therapist",
            "Prescriber", "Psychiatrist", "Judge", "Officer", "Landlord", "Sponsor", "Mom", "Dad", "Mother", "Father",
            "Client", "Clients", "Participant", "Participants", "Patient", "Patients", "Member", "Members", "Attendees",
            "Team", "Specialist", "Manager", "Worker", "Volunteer", "Volunteers", "Facilitator", "Everyone's", "Safe",
            "New", "Year", "Holiday", "Holidays", "Thanksgiving", "Christmas", "Easter", "Ramadan", "Passover",
            "Prayer", "Serenity", "God", "Lord", "Bible", "Veterans", "Veteran", "Army", "Navy", "Marine", "Guard",
            "National", "American", "English", "Spanish", "Black", "White", "Latino", "Latina", "Native", "Pride",
            "Welcome", "Thanks", "Thank", "Good", "Great", "Hard", "Overall", "Afterwards", "Afterward", "Unfortunately",
            "Finally", "Together", "Reminder", "Note", "Notes", "Documentation", "Outreach", "Advocacy", "Mentoring",
            "Education", "Ethical", "Responsibility", "Certified", "Certification", "Board", "Exam", "Apartment",
            "Apartments", "House", "Home", "Residential", "Sober", "Living", "Medical", "Dental", "Pharmacy",
            "Urgent", "Care", "Primary", "Hepatitis", "HIV", "PrEP", "Vaccine", "Test", "Testing", "Strips", "Fentanyl",
            "Parent", "Parents", "Kids", "Children", "Friends", "Relatives", "Sister", "Brother", "Son", "Daughter", "Wife",
            "Husband", "Partner", "Roommate", "Grandma", "Grandmother", "Grandpa", "Aunt", "Uncle", "Boss", "Employer",
            "Pastor", "Priest", "Reverend", "Imam", "Rabbi", "Chaplain", "Jesus", "Christ", "Allah", "Buddha", "Navigator",
            "Navigators", "Advocate", "Advocates", "Liaison", "Route", "Exit", "Interstate", "Downtown", "Uptown", "Midtown",
            "Uber", "Lyft", "Taxi", "Cab", "Probation", "Parole", "Police", "Blood", "Talking", "Healing", "Sharing", "Drum",
            "Women", "Men", "Youth", "Teen", "Adult", "Adults", "Read", "Wrote", "Watched", "Listed", "Named", "Ran",
            "Opened", "Closed", "Ended", "Started", "Began", "Finished", "Welcomed", "Introduced", "Greeted", "Invited",
            "Answered", "Returned", "Scheduled", "Booked", "Confirmed", "Arranged", "Organized", "Organised", "Hosted",
            "Presented", "Taught", "Learned", "Learnt", "Shadowed", "Observed", "Practicing", "Practising", "Reviewing",
            "Discussing", "Talking", "Meeting", "Psalm", "Psalms", "Gospel", "Scripture", "Verse", "Prayed", "Please"));

    private static final Set<String> NOT_NAMES_LOWER = NOT_NAMES.stream().map(w -> w.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    /** Lower-case words that can follow "name is" without being a name. */
    private static final Set<String> NOT_NAMES_AFTER_INTRODUCTION = Set.of("not", "on", "in", "the", "a", "an", "private",
            "confidential", "withheld", "left", "out", "kept", "being", "now", "still", "also", "was", "is", "unknown",
            "written", "spelled", "changed", "and", "or", "of", "for", "to", "with");

    private static final Pattern PUBLIC_PLACE = Pattern.compile("(?i)(?<!\\p{L})(?:caf[eé]|center|centre|clinic|library|office|pantry"
            + "|church|hospital|station|park|shelter|pharmacy|store|shop|bank|school|college|club|hall|courthouse|court"
            + "|department|agency|program|meeting|market|restaurant|diner|gym|ymca|ywca)(?!\\p{L})");
    private static final Pattern HOME = Pattern.compile("(?i)\\b(?:lives?|living|lived|stays?|staying|stayed|moved|moving|home"
            + "|house|apartments?|apt|address|room|rents?|renting|neighbou?rhood|block)\\b");

    public List<Finding> scan(String note) {
        if (note == null || note.isBlank()) {
            return List.of();
        }
        String masked = mask(note);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(rule.masked() ? masked : note);
            while (m.find()) {
                int start = m.start(rule.group());
                int end = m.end(rule.group());
                String text = note.substring(start, end);
                if (!counts(rule.check(), text, note, start)) {
                    continue;
                }
                findings.add(new Finding(rule.kind(), start, end, text));
            }
        }
        Matcher word = WORD.matcher(masked);
        while (word.find()) {
            if (FIRST_NAMES.contains(word.group().toLowerCase(Locale.ROOT)) && !BIBLE_REFERENCE.matcher(masked).region(word.end(), masked.length()).lookingAt()) {
                findings.add(new Finding(Kind.PERSON_NAME, word.start(), word.end(), note.substring(word.start(), word.end())));
            }
        }
        return withoutOverlaps(findings);
    }

    public boolean isClean(String note) {
        return scan(note).isEmpty();
    }

    private static boolean counts(Check check, String text, String note, int start) {
        return switch (check) {
            case NONE -> true;
            case NOT_ONLY_NOT_NAMES -> !isOnlyNotNames(text);
            case NO_NOT_NAME -> !hasNotName(text);
            case STREET_WITHOUT_NUMBER -> !isPublicPlaceNotHome(text, note, start);
        };
    }

    /** "Recovery Café on Main Street" names where the service is; "lives on Elm Street" says where a person is. */
    private static boolean isPublicPlaceNotHome(String street, String note, int start) {
        String[] words = street.trim().split("\\s+");
        String kind = words[words.length - 1];
        if (Set.of("Court", "Drive", "Circle").contains(kind) && Arrays.stream(words, 0, words.length - 1).allMatch(NOT_NAMES::contains)) {
            return true; // "Drug Court", "Food Drive", "Talking Circle": not streets at all
        }
        String sentence = sentenceAround(note, start, start + street.length());
        if (HOME.matcher(sentence).find()) {
            return false;
        }
        String around = note.substring(Math.max(0, start - 40), Math.min(note.length(), start + street.length() + 40));
        return PUBLIC_PLACE.matcher(around).find();
    }

    private static String sentenceAround(String note, int start, int end) {
        int from = start;
        while (from > 0 && ".!?;\n".indexOf(note.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < note.length() && ".!?;\n".indexOf(note.charAt(to)) < 0) {
            to++;
        }
        return note.substring(from, to);
    }

    private static String mask(String note) {
        StringBuilder masked = new StringBuilder(note);
        for (Pattern p : List.of(PHRASES, SAINT)) {
            Matcher m = p.matcher(note);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    masked.setCharAt(i, ' ');
                }
            }
        }
        return masked.toString();
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
        String[] words = text.replaceFirst("(?i)^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+", "").split("\\s+");
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            boolean notName = Character.isUpperCase(word.charAt(0)) ? NOT_NAMES.contains(word)
                    : NOT_NAMES_LOWER.contains(lower) || NOT_NAMES_AFTER_INTRODUCTION.contains(lower);
            if (!notName) {
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
