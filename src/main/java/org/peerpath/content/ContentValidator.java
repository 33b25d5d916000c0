package org.peerpath.content;

import org.peerpath.content.LessonChecks.LessonLink;
import org.peerpath.content.ProgramDefinition.Requirement;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the content folder and checks every rule of course-content/README.md that a machine can check. Reports
 * every problem with its file and line; hands out the content only when there is none, so broken content never
 * half-loads. Plain Java, no Spring: the command line uses it too ({@link ContentValidatorCli}).
 */
public final class ContentValidator {

    private static final Set<String> MODULE_FIELDS = YamlMap.fields("id", "title", "version", "summary", "objectives",
            "contactHours", "domainHours", "competencies", "prerequisites", "lessons", "quiz");
    private static final Set<String> LESSON_FIELDS = YamlMap.fields("id", "title", "file", "minutes");
    private static final Set<String> QUIZ_FIELDS = YamlMap.fields("questionsPerAttempt", "passPercent", "maxAttempts",
            "waitMinutes", "timeLimitMinutes", "review", "coverTags");
    private static final Set<String> QUESTION_FIELDS = YamlMap.fields("id", "type", "tags", "prompt", "scenario",
            "options", "answer", "categories", "items", "rubric", "sampleAnswer", "explanation");
    private static final Map<QuestionDefinition.Type, Set<String>> FIELDS_BY_TYPE = Map.of(
            QuestionDefinition.Type.SINGLE_CHOICE, Set.of("options", "answer"),
            QuestionDefinition.Type.SCENARIO, Set.of("scenario", "options", "answer"),
            QuestionDefinition.Type.MULTIPLE_RESPONSE, Set.of("options", "answer"),
            QuestionDefinition.Type.TRUE_FALSE, Set.of("answer"),
            QuestionDefinition.Type.CLASSIFICATION, Set.of("categories", "items"),
            QuestionDefinition.Type.ORDERING, Set.of("items"),
            QuestionDefinition.Type.WRITTEN, Set.of("rubric", "sampleAnswer", "scenario"));
    private static final Set<String> PROGRAM_FIELDS = YamlMap.fields("id", "version", "title", "issuer", "effectiveDate",
            "description", "requirements", "renewal", "expiringSoonDays");
    private static final Set<String> REQUIREMENT_FIELDS = YamlMap.fields("kind", "domain", "hours", "domains", "modules",
            "statement");
    private static final Map<String, Set<String>> FIELDS_BY_KIND = Map.of(
            "EDUCATION_HOURS", Set.of("domain", "hours"),
            "TOTAL_EDUCATION_HOURS", Set.of("hours"),
            "PRACTICE_HOURS", Set.of("hours", "domains"),
            "SUPERVISION_HOURS", Set.of("hours"),
            "MODULES_PASSED", Set.of("modules"),
            "ETHICS_ATTESTATION", Set.of("statement"));
    private static final Map<String, String> IMAGE_TYPES = Map.of("svg", "image/svg+xml", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final Path root;
    private final Problems problems = new Problems();
    private final List<ParsedModule> modules = new ArrayList<>();
    private final List<ParsedProgram> programs = new ArrayList<>();
    private final List<LessonLink> links = new ArrayList<>();

    /** What cross-module checks need beyond the definition: where things were written. */
    private record ParsedModule(ModuleDefinition definition, String file, int prerequisitesLine) {
    }

    private record ParsedProgram(ProgramDefinition definition, String file, Map<String, Integer> moduleLines) {
    }

    private ContentValidator(Path root) {
        this.root = root;
    }

    /** Never throws for bad content: every problem ends up in the result. */
    public static ContentCheck check(Path root) {
        return new ContentValidator(root.toAbsolutePath().normalize()).run();
    }

    private ContentCheck run() {
        if (!Files.isDirectory(root)) {
            problems.add(root.toString(), 0, "The content folder does not exist. Run from the repository root or set "
                    + "peerpath.content.dir (PEERPATH_CONTENT_DIR).");
            return new ContentCheck(null, problems.sorted());
        }
        Path modulesDir = root.resolve("modules");
        if (!Files.isDirectory(modulesDir)) {
            problems.add("modules", 0, "The folder modules/ is missing. Each module lives in modules/<module-id>/.");
        } else {
            children(modulesDir).filter(Files::isDirectory).forEach(this::readModule);
        }
        Path programsDir = root.resolve("programs");
        if (Files.isDirectory(programsDir)) {
            children(programsDir).filter(p -> p.getFileName().toString().endsWith(".yaml")).forEach(this::readProgram);
        }
        checkAcrossModules();
        if (!problems.isEmpty()) {
            return new ContentCheck(null, problems.sorted());
        }
        return new ContentCheck(new CourseContent(modules.stream().map(ParsedModule::definition).toList(),
                programs.stream().map(ParsedProgram::definition).toList()), List.of());
    }

    // ---------------------------------------------------------------- modules

    private void readModule(Path dir) {
        String folder = dir.getFileName().toString();
        String file = relative(dir.resolve("module.yaml"));
        Node node = compose(dir.resolve("module.yaml"));
        if (node == null) {
            return;
        }
        YamlMap m = YamlMap.of(file, node, "module.yaml", MODULE_FIELDS, problems);
        if (m == null) {
            return;
        }
        String id = m.id("id", true);
        if (id != null && !id.equals(folder)) {
            m.problem("id", "Module id '" + id + "' must equal its folder name '" + folder
                    + "'. Rename the folder or fix the id.");
        }
        String title = m.string("title", true);
        Integer version = m.integer("version", true);
        if (version != null && version < 1) {
            m.problem("version", "version must be 1 or more; start at 1 and add 1 for every published change.");
        }
        String summary = m.string("summary", true);
        List<String> objectives = objectives(m);
        BigDecimal contactHours = m.number("contactHours", true);
        if (contactHours != null && (contactHours.signum() <= 0 || contactHours.remainder(HALF).signum() != 0)) {
            m.problem("contactHours", "contactHours must be a positive multiple of 0.5, like 4 or 4.5.");
        }
        Map<Domain, BigDecimal> domainHours = domainHours(m, contactHours);
        List<Integer> competencies = competencies(m);
        List<String> prerequisites = m.strings("prerequisites", true);
        Map<String, LessonImage> images = images(dir);
        List<LessonDefinition> lessons = lessons(m, dir, folder, contactHours, images.keySet());
        QuizSettings quiz = quiz(m);
        List<QuestionDefinition> questions = questions(dir);
        if (quiz != null) {
            if (quiz.questionsPerAttempt() > questions.size()) {
                m.problem("quiz", "quiz.questionsPerAttempt is " + quiz.questionsPerAttempt() + " but questions.yaml has only "
                        + questions.size() + " questions. Lower it or add questions.");
            }
            Set<String> usedTags = questions.stream().flatMap(q -> q.tags().stream()).collect(Collectors.toSet());
            for (String tag : quiz.coverTags()) {
                if (!usedTags.contains(tag)) {
                    m.problem("quiz", "quiz.coverTags lists '" + tag + "', but no question in questions.yaml has that tag. "
                            + "Tag a question with it or remove it from coverTags.");
                }
            }
            if (!quiz.coverTags().isEmpty() && quiz.coverTags().size() >= quiz.questionsPerAttempt()) {
                m.problem("quiz", "quiz.coverTags must list fewer tags than questionsPerAttempt.");
            }
        }
        ModuleDefinition definition = new ModuleDefinition(id, title, version == null ? 0 : version, summary, objectives,
                contactHours, domainHours, competencies, prerequisites, lessons, quiz, questions,
                List.copyOf(images.values()), hash(dir));
        modules.add(new ParsedModule(definition, file, m.line("prerequisites")));
    }

    private List<String> objectives(YamlMap m) {
        List<Node> nodes = m.list("objectives", true);
        if (m.has("objectives") && (nodes.size() < 3 || nodes.size() > 6)) {
            m.problem("objectives", "List 3 to 6 objectives (found " + nodes.size() + ").");
        }
        List<String> objectives = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
                if (!Character.isLowerCase(s.getValue().codePointAt(0))) {
                    m.problem(node, "Objective '" + s.getValue() + "' must complete 'By the end of this module you can ...': "
                            + "start with a verb in lower case.");
                }
                objectives.add(s.getValue());
            } else {
                m.problem(node, "Each objective must be one line of text.");
            }
        }
        return List.copyOf(objectives);
    }

    private Map<Domain, BigDecimal> domainHours(YamlMap m, BigDecimal contactHours) {
        Node node = m.node("domainHours", true);
        Map<Domain, BigDecimal> hours = new EnumMap<>(Domain.class);
        if (node == null) {
            return hours;
        }
        if (!(node instanceof MappingNode mapping)) {
            m.problem("domainHours", "domainHours must be a mapping of DOMAIN: hours lines.");
            return hours;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            Optional<Domain> domain = Arrays.stream(Domain.values()).filter(d -> d.name().equals(key)).findFirst();
            BigDecimal value = m.number(tuple.getValueNode(), "Hours for " + key);
            if (domain.isEmpty()) {
                m.problem(tuple.getKeyNode(), "Unknown domain '" + key + "'. Use one of "
                        + Arrays.stream(Domain.values()).map(Domain::name).collect(Collectors.joining(", ")) + ".");
            } else if (value != null) {
                hours.put(domain.get(), value);
            }
            if (value != null) {
                sum = sum.add(value);
            }
        }
        if (contactHours != null && sum.compareTo(contactHours) != 0) {
            m.problem("domainHours", "domainHours add up to " + sum.stripTrailingZeros().toPlainString()
                    + " but contactHours is " + contactHours.stripTrailingZeros().toPlainString()
                    + ". They must be equal: change the split or contactHours.");
        }
        return hours;
    }

    private List<Integer> competencies(YamlMap m) {
        List<Integer> result = new ArrayList<>();
        for (Node node : m.list("competencies", true)) {
            if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT) && s.getValue().matches("\\d{1,2}")
                    && Integer.parseInt(s.getValue()) >= 1 && Integer.parseInt(s.getValue()) <= 12) {
                result.add(Integer.valueOf(s.getValue()));
            } else {
                m.problem(node, "Competencies are SAMHSA core competency numbers from 1 to 12.");
            }
        }
        return List.copyOf(result);
    }

    private List<LessonDefinition> lessons(YamlMap m, Path dir, String moduleId, BigDecimal contactHours,
                                           Set<String> imageNames) {
        List<Node> nodes = m.list("lessons", true);
        if (m.has("lessons") && nodes.size() < 4) {
            m.problem("lessons", "A module needs at least 4 lessons (found " + nodes.size() + ").");
        }
        List<LessonDefinition> lessons = new ArrayList<>();
        Set<String> listedFiles = new HashSet<>();
        Map<String, Integer> ids = new HashMap<>();
        int minutes = 0;
        for (int i = 0; i < nodes.size(); i++) {
            YamlMap l = YamlMap.of(m.file(), nodes.get(i), "lesson " + (i + 1), LESSON_FIELDS, problems);
            if (l == null) {
                continue;
            }
            String id = l.id("id", true);
            if (id != null && ids.putIfAbsent(id, l.line("id")) != null) {
                l.problem("id", "Lesson id '" + id + "' is used twice in this module (first on line " + ids.get(id)
                        + "). Lesson ids must be unique.");
            }
            String title = l.string("title", true);
            String file = l.string("file", true);
            Integer lessonMinutes = l.integer("minutes", true);
            if (lessonMinutes != null && lessonMinutes <= 0) {
                l.problem("minutes", "minutes must be more than 0.");
            } else if (lessonMinutes != null) {
                minutes += lessonMinutes;
            }
            String markdown = null;
            if (file != null && id != null) {
                String expected = "lessons/%02d-%s.md".formatted(i + 1, id);
                if (!file.equals(expected)) {
                    l.problem("file", "Lesson file must be '" + expected + "': its position in the list, then the lesson id.");
                }
                Path path = dir.resolve(file).normalize();
                listedFiles.add(path.toString());
                if (!path.startsWith(dir) || !Files.isRegularFile(path)) {
                    l.problem("file", "Lesson file '" + file + "' does not exist in " + relative(dir)
                            + "/. Create it or correct 'file'.");
                } else {
                    markdown = read(path);
                    links.addAll(LessonChecks.check(relative(path), markdown, imageNames, problems).stream()
                            .map(link -> link.module() == null
                                    ? new LessonLink(link.file(), link.line(), moduleId, link.lesson()) : link)
                            .toList());
                }
            }
            lessons.add(new LessonDefinition(id, title, i + 1, lessonMinutes == null ? 0 : lessonMinutes, file, markdown));
        }
        if (contactHours != null && m.has("lessons")
                && contactHours.multiply(BigDecimal.valueOf(60)).compareTo(BigDecimal.valueOf(minutes)) != 0) {
            m.problem("lessons", "Lesson minutes add up to " + minutes + " but contactHours "
                    + contactHours.stripTrailingZeros().toPlainString() + " needs "
                    + contactHours.multiply(BigDecimal.valueOf(60)).stripTrailingZeros().toPlainString()
                    + ". Change some lessons' minutes or contactHours.");
        }
        Path lessonsDir = dir.resolve("lessons");
        if (Files.isDirectory(lessonsDir)) {
            children(lessonsDir).filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !listedFiles.contains(p.normalize().toString()))
                    .forEach(p -> problems.add(relative(p), 0, "This lesson file is not listed in module.yaml. "
                            + "Add it to 'lessons' or delete it."));
        }
        return List.copyOf(lessons);
    }

    private Map<String, LessonImage> images(Path dir) {
        Map<String, LessonImage> images = new LinkedHashMap<>();
        Path imagesDir = dir.resolve("lessons").resolve("images");
        if (!Files.isDirectory(imagesDir)) {
            return images;
        }
        children(imagesDir).filter(Files::isRegularFile).forEach(path -> {
            String name = path.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase();
            String mediaType = IMAGE_TYPES.get(extension);
            if (mediaType == null) {
                problems.add(relative(path), 0, "Unsupported image type. Use SVG (preferred), PNG, JPEG or WebP.");
                return;
            }
            byte[] bytes = bytes(path);
            if (extension.equals("svg")) {
                String svg = new String(bytes, StandardCharsets.UTF_8);
                if (!svg.contains("<title")) {
                    problems.add(relative(path), 0, "The SVG has no <title>. Add one so screen readers can name the image.");
                }
                if (svg.toLowerCase().contains("<script") || svg.toLowerCase().matches("(?s).*\\son[a-z]+\\s*=.*")) {
                    problems.add(relative(path), 0, "The SVG contains script or event handlers. Remove them: images must be static.");
                }
            }
            images.put(name, new LessonImage(name, mediaType, bytes));
        });
        return images;
    }

    private QuizSettings quiz(YamlMap m) {
        Node node = m.node("quiz", true);
        if (node == null) {
            return null;
        }
        YamlMap q = YamlMap.of(m.file(), node, "quiz", QUIZ_FIELDS, problems);
        if (q == null) {
            return null;
        }
        Integer perAttempt = q.integer("questionsPerAttempt", true);
        Integer passPercent = q.integer("passPercent", true);
        Integer maxAttempts = q.integer("maxAttempts", true);
        Integer waitMinutes = q.integer("waitMinutes", true);
        Integer timeLimit = q.integer("timeLimitMinutes", false);
        String review = q.string("review", true);
        List<String> coverTags = q.strings("coverTags", false);
        if (perAttempt != null && perAttempt < 1) {
            q.problem("questionsPerAttempt", "questionsPerAttempt must be at least 1.");
        }
        if (passPercent != null && (passPercent < 1 || passPercent > 100)) {
            q.problem("passPercent", "passPercent must be between 1 and 100.");
        }
        if (maxAttempts != null && maxAttempts < 0) {
            q.problem("maxAttempts", "maxAttempts must be 0 (unlimited) or more.");
        }
        if (waitMinutes != null && waitMinutes < 0) {
            q.problem("waitMinutes", "waitMinutes must be 0 or more.");
        }
        if (timeLimit != null && timeLimit < 1) {
            q.problem("timeLimitMinutes", "timeLimitMinutes must be at least 1, or left out for no limit.");
        }
        QuizSettings.Review reviewMode = enumValue(q, "review", review, QuizSettings.Review.class);
        if (perAttempt == null || passPercent == null || maxAttempts == null || waitMinutes == null || reviewMode == null) {
            return null;
        }
        return new QuizSettings(perAttempt, passPercent, maxAttempts, waitMinutes, timeLimit, reviewMode,
                List.copyOf(coverTags));
    }

    // ---------------------------------------------------------------- questions

    private List<QuestionDefinition> questions(Path dir) {
        Path path = dir.resolve("questions.yaml");
        String file = relative(path);
        Node node = compose(path);
        if (node == null) {
            return List.of();
        }
        YamlMap top = YamlMap.of(file, node, "questions.yaml", YamlMap.fields("questions"), problems);
        if (top == null) {
            return List.of();
        }
        List<Node> nodes = top.list("questions", true);
        List<QuestionDefinition> questions = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String label = "question " + peekScalar(nodes.get(i), "id").orElse("#" + (i + 1));
            YamlMap q = YamlMap.of(file, nodes.get(i), label, QUESTION_FIELDS, problems);
            if (q == null) {
                continue;
            }
            QuestionDefinition question = question(q, label);
            if (question != null && question.id() != null && ids.putIfAbsent(question.id(), q.line("id")) != null) {
                q.problem("id", "Question id '" + question.id() + "' is used twice in this bank (first on line "
                        + ids.get(question.id()) + "). Give this question a new id.");
            }
            if (question != null) {
                questions.add(question);
            }
        }
        checkBank(top, questions);
        return List.copyOf(questions);
    }

    private void checkBank(YamlMap top, List<QuestionDefinition> questions) {
        if (!top.has("questions")) {
            return;
        }
        if (questions.size() < 16) {
            top.problem("questions", "A question bank needs at least 16 questions (found " + questions.size() + ").");
        }
        long scenarios = questions.stream().filter(q -> q.type() == QuestionDefinition.Type.SCENARIO).count();
        if (scenarios * 2 <= questions.size()) {
            top.problem("questions", "Most questions must be SCENARIO questions (found " + scenarios + " of "
                    + questions.size() + ").");
        }
        for (QuestionDefinition.Type required : List.of(QuestionDefinition.Type.CLASSIFICATION,
                QuestionDefinition.Type.ORDERING, QuestionDefinition.Type.WRITTEN,
                QuestionDefinition.Type.MULTIPLE_RESPONSE, QuestionDefinition.Type.TRUE_FALSE)) {
            if (questions.stream().noneMatch(q -> q.type() == required)) {
                top.problem("questions", "The bank needs at least one " + required + " question.");
            }
        }
    }

    private QuestionDefinition question(YamlMap q, String label) {
        String id = q.id("id", false);
        String typeName = q.string("type", true);
        QuestionDefinition.Type type = enumValue(q, "type", typeName, QuestionDefinition.Type.class);
        List<String> tags = q.strings("tags", true);
        if (q.has("tags") && tags.isEmpty()) {
            q.problem("tags", "Give " + label + " at least one tag.");
        }
        tags.stream().filter(t -> !YamlMap.KEBAB.matcher(t).matches())
                .forEach(t -> q.problem("tags", "Tag '" + t + "' must be kebab-case."));
        String prompt = q.string("prompt", true);
        String explanation = q.string("explanation", true);
        if (type == null) {
            return null;
        }
        Set<String> allowed = FIELDS_BY_TYPE.get(type);
        for (String field : List.of("scenario", "options", "answer", "categories", "items", "rubric", "sampleAnswer")) {
            if (q.has(field) && !allowed.contains(field)) {
                q.problem(field, "Field '" + field + "' is not used by " + type + " questions. Remove it, or change the type.");
            }
        }
        String scenario = allowed.contains("scenario") ? q.string("scenario", type == QuestionDefinition.Type.SCENARIO) : null;
        List<QuestionDefinition.Option> options = List.of();
        List<String> answer = List.of();
        Boolean answerTrue = null;
        List<QuestionDefinition.Category> categories = List.of();
        List<QuestionDefinition.Item> items = List.of();
        List<QuestionDefinition.RubricCriterion> rubric = List.of();
        String sampleAnswer = null;
        switch (type) {
            case SINGLE_CHOICE, SCENARIO, MULTIPLE_RESPONSE -> {
                options = options(q, label);
                answer = answer(q, label, options, type == QuestionDefinition.Type.MULTIPLE_RESPONSE);
            }
            case TRUE_FALSE -> {
                Node node = q.node("answer", true);
                if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)
                        && (s.getValue().equals("true") || s.getValue().equals("false"))) {
                    answerTrue = Boolean.valueOf(s.getValue());
                } else if (node != null) {
                    q.problem("answer", "The answer of a TRUE_FALSE question is true or false (unquoted).");
                }
            }
            case CLASSIFICATION -> {
                categories = categories(q, label);
                items = classificationItems(q, label, categories);
            }
            case ORDERING -> items = orderingItems(q, label);
            case WRITTEN -> {
                rubric = rubric(q, label);
                sampleAnswer = q.string("sampleAnswer", true);
            }
        }
        return new QuestionDefinition(id, type, List.copyOf(tags), prompt, scenario, options, answer, answerTrue,
                categories, items, rubric, sampleAnswer, explanation);
    }

    private List<QuestionDefinition.Option> options(YamlMap q, String label) {
        List<Node> nodes = q.list("options", true);
        if (q.has("options") && (nodes.size() < 3 || nodes.size() > 5)) {
            q.problem("options", label + " needs 3 to 5 options (found " + nodes.size() + ").");
        }
        List<QuestionDefinition.Option> options = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            YamlMap o = YamlMap.of(q.file(), nodes.get(i), "an option of " + label,
                    YamlMap.fields("id", "text", "feedback"), problems);
            if (o == null) {
                continue;
            }
            String id = o.id("id", false);
            String expected = String.valueOf((char) ('a' + i));
            if (id != null && !id.equals(expected)) {
                o.problem("id", "Option ids run a, b, c, ... in order: this one should be '" + expected + "'.");
            }
            options.add(new QuestionDefinition.Option(id, o.string("text", true), o.string("feedback", true)));
        }
        return List.copyOf(options);
    }

    private List<String> answer(YamlMap q, String label, List<QuestionDefinition.Option> options, boolean several) {
        Node node = q.node("answer", true);
        if (node == null) {
            return List.of();
        }
        Set<String> optionIds = options.stream().map(QuestionDefinition.Option::id).collect(Collectors.toSet());
        String known = options.stream().map(QuestionDefinition.Option::id).collect(Collectors.joining(", "));
        List<Node> answers;
        if (several) {
            if (!(node instanceof SequenceNode seq) || seq.getValue().size() < 2) {
                q.problem("answer", "The answer of a MULTIPLE_RESPONSE question is a list of 2 or more option ids, like [a, c].");
                return List.of();
            }
            answers = seq.getValue();
        } else {
            if (!(node instanceof ScalarNode)) {
                q.problem("answer", "The answer of " + label + " is one option id, like b.");
                return List.of();
            }
            answers = List.of(node);
        }
        List<String> result = new ArrayList<>();
        for (Node a : answers) {
            String value = a instanceof ScalarNode s ? s.getValue() : String.valueOf(a);
            if (!optionIds.contains(value)) {
                q.problem(a, "The answer '" + value + "' names no option of " + label + ". Its options are: " + known + ".");
            } else if (result.contains(value)) {
                q.problem(a, "The answer lists option '" + value + "' twice.");
            } else {
                result.add(value);
            }
        }
        if (several && !options.isEmpty() && result.size() == options.size()) {
            // Grading takes the share of wrong options ticked off the share of right ones; with no wrong option,
            // ticking every box would earn full credit.
            q.problem("answer", "The answer of a MULTIPLE_RESPONSE question must leave at least one option out: "
                    + "with every option right, ticking every box would be the answer.");
        }
        return List.copyOf(result);
    }

    private List<QuestionDefinition.Category> categories(YamlMap q, String label) {
        List<Node> nodes = q.list("categories", true);
        if (q.has("categories") && (nodes.size() < 2 || nodes.size() > 4)) {
            q.problem("categories", label + " needs 2 to 4 categories (found " + nodes.size() + ").");
        }
        List<QuestionDefinition.Category> categories = new ArrayList<>();
        for (Node node : nodes) {
            YamlMap c = YamlMap.of(q.file(), node, "a category of " + label, YamlMap.fields("id", "label"), problems);
            if (c != null) {
                categories.add(new QuestionDefinition.Category(c.id("id", false), c.string("label", true)));
            }
        }
        return List.copyOf(categories);
    }

    private List<QuestionDefinition.Item> classificationItems(YamlMap q, String label,
                                                              List<QuestionDefinition.Category> categories) {
        List<Node> nodes = q.list("items", true);
        if (q.has("items") && (nodes.size() < 4 || nodes.size() > 6)) {
            q.problem("items", label + " needs 4 to 6 items (found " + nodes.size() + ").");
        }
        Set<String> categoryIds = categories.stream().map(QuestionDefinition.Category::id).collect(Collectors.toSet());
        Set<String> used = new HashSet<>();
        List<QuestionDefinition.Item> items = new ArrayList<>();
        for (Node node : nodes) {
            YamlMap i = YamlMap.of(q.file(), node, "an item of " + label,
                    YamlMap.fields("id", "text", "category", "feedback"), problems);
            if (i == null) {
                continue;
            }
            String id = i.id("id", false);
            String category = i.string("category", true);
            if (category != null && !categoryIds.contains(category)) {
                i.problem("category", "Item '" + id + "' names category '" + category + "', which " + label
                        + " does not define. Its categories are: "
                        + categories.stream().map(QuestionDefinition.Category::id).collect(Collectors.joining(", ")) + ".");
            }
            used.add(category);
            items.add(new QuestionDefinition.Item(id, i.string("text", true), category, i.string("feedback", true)));
        }
        categories.stream().filter(c -> !used.contains(c.id())).forEach(c -> q.problem("categories",
                "Category '" + c.id() + "' of " + label + " is used by no item. Use every category at least once."));
        return List.copyOf(items);
    }

    private List<QuestionDefinition.Item> orderingItems(YamlMap q, String label) {
        List<Node> nodes = q.list("items", true);
        if (q.has("items") && (nodes.size() < 3 || nodes.size() > 6)) {
            q.problem("items", label + " needs 3 to 6 items in the correct order (found " + nodes.size() + ").");
        }
        List<QuestionDefinition.Item> items = new ArrayList<>();
        for (Node node : nodes) {
            YamlMap i = YamlMap.of(q.file(), node, "an item of " + label, YamlMap.fields("id", "text"), problems);
            if (i != null) {
                items.add(new QuestionDefinition.Item(i.id("id", false), i.string("text", true), null, null));
            }
        }
        return List.copyOf(items);
    }

    private List<QuestionDefinition.RubricCriterion> rubric(YamlMap q, String label) {
        List<Node> nodes = q.list("rubric", true);
        if (q.has("rubric") && (nodes.size() < 2 || nodes.size() > 4)) {
            q.problem("rubric", label + " needs 2 to 4 rubric criteria (found " + nodes.size() + ").");
        }
        List<QuestionDefinition.RubricCriterion> rubric = new ArrayList<>();
        for (Node node : nodes) {
            YamlMap r = YamlMap.of(q.file(), node, "a rubric criterion of " + label,
                    YamlMap.fields("criterion", "points"), problems);
            if (r == null) {
                continue;
            }
            String criterion = r.string("criterion", true);
            Integer points = r.integer("points", true);
            if (points != null && points < 1) {
                r.problem("points", "points must be at least 1.");
            }
            rubric.add(new QuestionDefinition.RubricCriterion(criterion, points == null ? 0 : points));
        }
        return List.copyOf(rubric);
    }

    // ---------------------------------------------------------------- programs

    private void readProgram(Path path) {
        String file = relative(path);
        String fileId = path.getFileName().toString().replaceFirst("\\.yaml$", "");
        Node node = compose(path);
        if (node == null) {
            return;
        }
        YamlMap p = YamlMap.of(file, node, "the program", PROGRAM_FIELDS, problems);
        if (p == null) {
            return;
        }
        String id = p.id("id", true);
        if (id != null && !id.equals(fileId)) {
            p.problem("id", "Program id '" + id + "' must equal the file name '" + fileId + "'.");
        }
        Integer version = p.integer("version", true);
        if (version != null && version < 1) {
            p.problem("version", "version must be 1 or more.");
        }
        String title = p.string("title", true);
        String issuer = p.string("issuer", true);
        LocalDate effectiveDate = null;
        String date = p.string("effectiveDate", true);
        if (date != null) {
            try {
                effectiveDate = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                p.problem("effectiveDate", "effectiveDate must be a date written as YYYY-MM-DD, like 2026-01-01.");
            }
        }
        String description = p.string("description", true);
        Map<String, Integer> moduleLines = new LinkedHashMap<>();
        List<Requirement> requirements = new ArrayList<>();
        List<Node> nodes = p.list("requirements", true);
        if (p.has("requirements") && nodes.isEmpty()) {
            p.problem("requirements", "List at least one requirement.");
        }
        for (Node requirementNode : nodes) {
            YamlMap r = YamlMap.of(file, requirementNode, "a requirement", REQUIREMENT_FIELDS, problems);
            if (r != null) {
                requirement(r, moduleLines).ifPresent(requirements::add);
            }
        }
        ProgramDefinition.Renewal renewal = null;
        Node renewalNode = p.node("renewal", true);
        if (renewalNode != null) {
            YamlMap r = YamlMap.of(file, renewalNode, "renewal",
                    YamlMap.fields("periodMonths", "continuingEducationHours", "ethicsHours"), problems);
            if (r != null) {
                Integer months = r.integer("periodMonths", true);
                renewal = new ProgramDefinition.Renewal(months == null ? 0 : months,
                        r.number("continuingEducationHours", true), r.number("ethicsHours", true));
            }
        }
        // Optional: how long before expiry a certificate counts as expiring soon.
        Integer expiringSoon = p.integer("expiringSoonDays", false);
        if (expiringSoon != null && (expiringSoon < 1 || expiringSoon > 365)) {
            p.problem("expiringSoonDays", "expiringSoonDays must be from 1 to 365 days (leave it out for the default, "
                    + ProgramDefinition.DEFAULT_EXPIRING_SOON_DAYS + ").");
        }
        programs.add(new ParsedProgram(new ProgramDefinition(id, version == null ? 0 : version, title, issuer,
                effectiveDate, description, List.copyOf(requirements), renewal,
                expiringSoon == null ? ProgramDefinition.DEFAULT_EXPIRING_SOON_DAYS : expiringSoon,
                hash(path)), file, moduleLines));
    }

    private Optional<Requirement> requirement(YamlMap r, Map<String, Integer> moduleLines) {
        String kind = r.string("kind", true);
        if (kind == null) {
            return Optional.empty();
        }
        Set<String> allowed = FIELDS_BY_KIND.get(kind);
        if (allowed == null) {
            r.problem("kind", "Unknown requirement kind '" + kind + "'. Use one of "
                    + String.join(", ", FIELDS_BY_KIND.keySet().stream().sorted().toList()) + ".");
            return Optional.empty();
        }
        for (String field : List.of("domain", "hours", "domains", "modules", "statement")) {
            if (r.has(field) && !allowed.contains(field)) {
                r.problem(field, "Field '" + field + "' is not used by " + kind + " requirements. Remove it.");
            }
        }
        return switch (kind) {
            case "EDUCATION_HOURS" -> {
                Domain domain = enumValue(r, "domain", r.string("domain", true), Domain.class);
                BigDecimal hours = r.number("hours", true);
                yield domain == null || hours == null ? Optional.empty()
                        : Optional.of(new ProgramDefinition.EducationHours(domain, hours));
            }
            case "PRACTICE_HOURS" -> {
                BigDecimal hours = r.number("hours", true);
                List<Domain> domains = r.strings("domains", false).stream()
                        .map(d -> enumValue(r, "domains", d, Domain.class)).filter(java.util.Objects::nonNull).toList();
                yield hours == null ? Optional.empty() : Optional.of(new ProgramDefinition.PracticeHours(hours, domains));
            }
            case "TOTAL_EDUCATION_HOURS" -> Optional.ofNullable(r.number("hours", true))
                    .map(ProgramDefinition.TotalEducationHours::new);
            case "SUPERVISION_HOURS" -> Optional.ofNullable(r.number("hours", true))
                    .map(ProgramDefinition.SupervisionHours::new);
            case "MODULES_PASSED" -> {
                for (Node node : r.list("modules", true)) {
                    if (node instanceof ScalarNode s) {
                        moduleLines.putIfAbsent(s.getValue(), YamlMap.line(node));
                    }
                }
                yield Optional.of(new ProgramDefinition.ModulesPassed(r.strings("modules", true)));
            }
            default -> Optional.ofNullable(r.string("statement", true)).map(ProgramDefinition.EthicsAttestation::new);
        };
    }

    // ---------------------------------------------------------------- across files

    private void checkAcrossModules() {
        Map<String, ParsedModule> byId = new LinkedHashMap<>();
        for (ParsedModule m : modules) {
            if (m.definition().id() != null && byId.putIfAbsent(m.definition().id(), m) != null) {
                problems.add(m.file(), 1, "Module id '" + m.definition().id() + "' is used by "
                        + byId.get(m.definition().id()).file() + " too. Module ids must be unique.");
            }
        }
        for (ParsedModule m : modules) {
            for (String prerequisite : m.definition().prerequisites()) {
                if (!byId.containsKey(prerequisite)) {
                    problems.add(m.file(), m.prerequisitesLine(), "Prerequisite '" + prerequisite
                            + "' is not a module. Known modules: " + String.join(", ", byId.keySet()) + ".");
                }
            }
        }
        checkCycles(byId);
        for (LessonLink link : links) {
            ParsedModule target = byId.get(link.module());
            if (target == null) {
                problems.add(link.file(), link.line(), "The link to lesson:" + link.module() + "/" + link.lesson()
                        + " names no module. Known modules: " + String.join(", ", byId.keySet()) + ".");
            } else if (target.definition().lessons().stream().noneMatch(l -> link.lesson().equals(l.id()))) {
                problems.add(link.file(), link.line(), "The link to lesson '" + link.lesson() + "' of module '"
                        + link.module() + "' goes nowhere: that module has no such lesson. Its lessons are: "
                        + target.definition().lessons().stream().map(LessonDefinition::id).collect(Collectors.joining(", "))
                        + ".");
            }
        }
        Map<String, ParsedProgram> programIds = new HashMap<>();
        for (ParsedProgram p : programs) {
            if (p.definition().id() != null && programIds.putIfAbsent(p.definition().id(), p) != null) {
                problems.add(p.file(), 1, "Program id '" + p.definition().id() + "' is used twice.");
            }
            p.moduleLines().forEach((module, line) -> {
                if (!byId.containsKey(module)) {
                    problems.add(p.file(), line, "MODULES_PASSED names '" + module + "', which is not a module. "
                            + "Known modules: " + String.join(", ", byId.keySet()) + ".");
                }
            });
        }
    }

    private void checkCycles(Map<String, ParsedModule> byId) {
        Map<String, Integer> state = new HashMap<>(); // absent = unvisited, 1 = on the path, 2 = done
        Set<String> reported = new HashSet<>();
        for (String start : byId.keySet()) {
            visit(start, new ArrayList<>(), state, byId, reported);
        }
    }

    private void visit(String id, List<String> path, Map<String, Integer> state, Map<String, ParsedModule> byId,
                       Set<String> reported) {
        Integer current = state.get(id);
        if (current != null && current == 2) {
            return;
        }
        if (current != null) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            String key = cycle.stream().sorted().distinct().collect(Collectors.joining(","));
            if (reported.add(key)) {
                ParsedModule module = byId.get(id);
                problems.add(module.file(), module.prerequisitesLine(), "Prerequisites form a cycle: "
                        + String.join(" -> ", cycle) + ". Remove one of these prerequisites.");
            }
            return;
        }
        state.put(id, 1);
        path.add(id);
        for (String prerequisite : byId.get(id).definition().prerequisites()) {
            if (byId.containsKey(prerequisite)) {
                visit(prerequisite, path, state, byId, reported);
            }
        }
        path.removeLast();
        state.put(id, 2);
    }

    // ---------------------------------------------------------------- helpers

    private <E extends Enum<E>> E enumValue(YamlMap map, String key, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElseGet(() -> {
            map.problem(key, "'" + value + "' is not a valid " + key + ". Use one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
            return null;
        });
    }

    private static Optional<String> peekScalar(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            return mapping.getValue().stream()
                    .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                    .map(NodeTuple::getValueNode).filter(ScalarNode.class::isInstance)
                    .map(n -> ((ScalarNode) n).getValue()).findFirst();
        }
        return Optional.empty();
    }

    /** The YAML node tree (with line numbers); null after reporting when missing, empty or not YAML. */
    private Node compose(Path path) {
        String file = relative(path);
        if (!Files.isRegularFile(path)) {
            problems.add(file, 0, "This file is missing. Every module needs module.yaml and questions.yaml.");
            return null;
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            if (node == null) {
                problems.add(file, 0, "This file is empty.");
            }
            return node;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            problems.add(file, line, "Not valid YAML: " + e.getProblem() + ". Check indentation and quoting "
                    + "(see 'YAML rules' in course-content/README.md).");
        } catch (YAMLException e) {
            problems.add(file, 0, "Not valid YAML: " + e.getMessage());
        } catch (IOException e) {
            problems.add(file, 0, "Cannot read the file: " + e.getMessage());
        }
        return null;
    }

    private String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static Stream<Path> children(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        return new String(bytes(path), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over every file's relative path and bytes, so any change to a module changes its hash. */
    private String hash(Path path) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(path);
            }
            for (Path file : files) {
                digest.update(relative(file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("Cannot hash " + path, e);
        }
    }
}
