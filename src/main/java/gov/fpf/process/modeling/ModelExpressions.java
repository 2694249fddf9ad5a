package gov.fpf.process.modeling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import gov.fpf.process.modeling.ModelLinter.References;
import gov.fpf.process.modeling.ModelLinter.Rule;
import gov.fpf.process.modeling.ModelLinter.Violation;

/**
 * The linter's half of {@link ModelExpressionFence}: what code a model may run. It reads every attribute and text of
 * the model (documentation and diagram aside), so an expression is checked wherever Camunda would evaluate it:
 * service tasks, listeners, conditions, input/output mappings, call activity mappings, timers, due dates.
 * <ul>
 * <li>{@link Rule#SCRIPT}: script tasks, {@code camunda:script} (listeners, mappings), conditions in a script
 * language, {@code camunda:resource} scripts; in DMN, an expression language other than FEEL or JUEL.</li>
 * <li>{@link Rule#JAVA_CLASS}: {@code camunda:class} (service tasks, listeners, ...) and
 * {@code camunda:variableMappingClass}: a class runs outside the model beans.</li>
 * <li>{@link Rule#EXPRESSION}: an expression that names a bean of the application that is not a model bean, calls
 * anything on {@code execution} / {@code task} but reading variables and ids, reaches for classes
 * ({@code getClass}, {@code .class}, {@code forName}, {@code T(}), or computes a member name ({@code x[y]}).
 * Conditions on variables ({@code ${ppnRequired}}, {@code ${amount > 0}}) pass.</li>
 * </ul>
 * Expressions are read with a small tokenizer rather than a regular expression so that a {@code }} inside a string
 * literal cannot hide the rest of an expression.
 */
final class ModelExpressions {

    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI";

    /** Members that lead from any object to classes, class loaders or the engine. */
    private static final Set<String> REFUSED_MEMBERS;

    static {
        Set<String> refused = new LinkedHashSet<>(ModelExpressionFence.REFUSED_MEMBERS);
        refused.addAll(Set.of("forName", "loadClass", "getRuntime", "getDeclaredMethod", "getMethod",
                "getDeclaredField", "getField", "getConstructor", "getDeclaredConstructor", "setAccessible"));
        REFUSED_MEMBERS = Set.copyOf(refused);
    }

    private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
            "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

    private ModelExpressions() {
    }

    static void check(BpmnModelInstance model, References references, List<Violation> violations) {
        Set<Violation> found = new LinkedHashSet<>();
        walk(model, root(model), null, references, found);
        violations.addAll(found);
    }

    /** DMN runs FEEL, or JUEL through the fenced expression manager; any other language is a script. */
    static void check(DmnModelInstance model, List<Violation> violations) {
        Set<Violation> found = new LinkedHashSet<>();
        walkDmn(root(model), null, found);
        violations.addAll(found);
    }

    private static Element root(ModelInstance model) {
        Node node = model.getDocument().getDomSource().getNode();
        return node instanceof Element element ? element : ((org.w3c.dom.Document) node).getDocumentElement();
    }

    private static void walk(BpmnModelInstance model, Element element, String ownerId, References references,
                             Set<Violation> found) {
        String namespace = element.getNamespaceURI();
        String name = element.getLocalName();
        if (BPMNDI_NS.equals(namespace) || (BPMN_NS.equals(namespace)
                && (name.equals("documentation") || name.equals("textAnnotation")))) {
            return; // prose and layout: never evaluated
        }
        String owner = ownerId(model, element, ownerId);
        if (BPMN_NS.equals(namespace) && name.equals("scriptTask")) {
            found.add(new Violation(owner, Rule.SCRIPT, "script task: models may not run scripts; do the work in "
                    + "a delegate of " + ModelExpressionFence.MODEL_BEAN_PACKAGE
                    + " and call it with camunda:delegateExpression=\"${beanName}\""));
            return;
        }
        if (!BPMN_NS.equals(namespace) && name.equals("script")) {
            found.add(new Violation(owner, Rule.SCRIPT, "camunda:script in " + parentName(element) + ": models "
                    + "may not run scripts; map variables with an expression such as ${variableName}, or compute "
                    + "the value in a delegate"));
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            checkAttribute(element, attribute, owner, references, found);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                walk(model, childElement, owner, references, found);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                checkExpressions(owner, child.getNodeValue(), false, references, found);
            }
        }
    }

    /**
     * A finding names the flow element, process or definitions it is in, as the other rules do: a condition or a
     * timer definition may carry an id of its own, but the designer looks for the flow or the event.
     */
    private static String ownerId(BpmnModelInstance model, Element element, String enclosing) {
        String id = element.getAttribute("id");
        if (id.isEmpty()) {
            return enclosing;
        }
        ModelElementInstance instance = model.getModelElementById(id);
        return enclosing == null || instance instanceof FlowElement || instance instanceof Process ? id : enclosing;
    }

    private static void checkAttribute(Element element, Attr attribute, String owner, References references,
                                       Set<Violation> found) {
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
            return;
        }
        switch (name) {
            case "class", "variableMappingClass" -> found.add(new Violation(owner, Rule.JAVA_CLASS, (name.equals(
                    "class") ? "camunda:class" : "camunda:variableMappingClass") + "=\"" + attribute.getValue()
                    + "\" on " + element.getLocalName() + ": a model may not instantiate classes; use a delegate "
                    + "bean of " + ModelExpressionFence.MODEL_BEAN_PACKAGE + " with camunda:delegateExpression"));
            case "resource", "scriptFormat", "language" -> found.add(new Violation(owner, Rule.SCRIPT,
                    element.getLocalName() + " has " + name + "=\"" + attribute.getValue() + "\": models may not "
                            + "run scripts; write conditions as expressions on variables, e.g. ${ppnRequired}"));
            default -> checkExpressions(owner, attribute.getValue(), name.equals("delegateExpression"), references,
                    found);
        }
    }

    private static String parentName(Element element) {
        Node parent = element.getParentNode();
        return parent == null ? "the model" : parent.getLocalName();
    }

    private static void walkDmn(Element element, String ownerId, Set<Violation> found) {
        String id = element.getAttribute("id");
        String owner = id.isEmpty() ? ownerId : id;
        String language = element.getAttribute("expressionLanguage");
        if (!language.isEmpty()) {
            String lower = language.toLowerCase(Locale.ROOT);
            if (!lower.contains("feel") && !lower.equals("juel")) {
                found.add(new Violation(owner, Rule.SCRIPT, element.getLocalName() + " has expressionLanguage=\""
                        + language + "\": decisions may not run scripts; use FEEL"));
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                walkDmn(childElement, owner, found);
            }
        }
    }

    // ------------------------------------------------------------------ expressions

    /**
     * Checks every {@code ${...}} and {@code #{...}} in a value.
     *
     * @param beanChecked a delegate expression, whose bean the DELEGATE_BEAN rule already checks
     */
    static void checkExpressions(String owner, String value, boolean beanChecked, References references,
                                 Set<Violation> found) {
        if (value == null || (!value.contains("${") && !value.contains("#{"))) {
            return;
        }
        int at = 0;
        while (at < value.length()) {
            int dollar = value.indexOf("${", at);
            int hash = value.indexOf("#{", at);
            int start = dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
            if (start < 0) {
                return;
            }
            List<Token> tokens = new ArrayList<>();
            int end = tokenize(value, start + 2, tokens);
            String expression = end < 0 ? value.substring(start) : value.substring(start, end + 1);
            if (end < 0) {
                found.add(new Violation(owner, Rule.EXPRESSION, "expression '" + expression + "' does not end "
                        + "(a string literal or the closing } is missing)"));
                return;
            }
            String problem = problem(tokens, beanChecked, references);
            if (problem != null) {
                found.add(new Violation(owner, Rule.EXPRESSION, "expression '" + expression + "' " + problem));
            }
            at = end + 1;
        }
    }

    /** What is wrong with the expression, or null. */
    private static String problem(List<Token> tokens, boolean beanChecked, References references) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token previous = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (token.is('[')) {
                Token key = next;
                Token close = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
                if (key == null || close == null || !close.is(']')
                        || !(key.kind == Kind.STRING || key.kind == Kind.NUMBER)) {
                    return "computes a member name in [...]; write the property or variable name itself";
                }
                if (key.kind == Kind.STRING && REFUSED_MEMBERS.contains(key.text)) {
                    return refusedMember(key.text);
                }
                continue;
            }
            if (token.kind != Kind.IDENT) {
                continue;
            }
            if (previous != null && previous.is('.')) {
                if (REFUSED_MEMBERS.contains(token.text)) {
                    return refusedMember(token.text);
                }
                continue;
            }
            if (next != null && next.is('(')) {
                if (token.text.equals("T")) {
                    return "uses T(...), a type reference: models may not reach classes";
                }
                continue; // a function: currentUser(), dateTime(), ...
            }
            if (EL_WORDS.contains(token.text)) {
                continue;
            }
            if (ModelExpressionFence.DELEGATE_OBJECTS.contains(token.text)) {
                String member = memberAfter(tokens, i);
                if (member != null && !ModelExpressionFence.DELEGATE_READS.contains(member)) {
                    return "calls '" + member + "' on " + token.text + "; a model may only read variables and ids "
                            + "there (" + token.text + ".getVariable('name'), " + token.text
                            + ".processBusinessKey) or pass it to a model bean";
                }
                continue;
            }
            if (!beanChecked && !references.isKnownBean().test(token.text)
                    && references.isApplicationBean().test(token.text)) {
                return "names the application bean '" + token.text + "', which models may not use: an expression "
                        + "may name only the model beans (delegates and listeners of "
                        + ModelExpressionFence.MODEL_BEAN_PACKAGE + ") and process variables";
            }
        }
        return null;
    }

    private static String refusedMember(String member) {
        return "uses '" + member + "', which leads to classes or to the engine; models may not use it";
    }

    /** The member read right after the name at {@code i}: {@code execution.x} or {@code execution['x']}. */
    private static String memberAfter(List<Token> tokens, int i) {
        if (i + 2 < tokens.size() && tokens.get(i + 1).is('.') && tokens.get(i + 2).kind == Kind.IDENT) {
            return tokens.get(i + 2).text;
        }
        if (i + 3 < tokens.size() && tokens.get(i + 1).is('[') && tokens.get(i + 2).kind == Kind.STRING) {
            return tokens.get(i + 2).text;
        }
        return null;
    }

    private enum Kind { IDENT, STRING, NUMBER, SYMBOL }

    private record Token(Kind kind, String text) {

        boolean is(char symbol) {
            return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == symbol;
        }
    }

    /**
     * Reads tokens from {@code from} up to the {@code }} that closes the expression, skipping string literals (with
     * their backslash escapes) as JUEL does.
     *
     * @return the index of the closing brace, or -1 when the expression does not end
     */
    private static int tokenize(String value, int from, List<Token> tokens) {
        int i = from;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '}') {
                return i;
            }
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                StringBuilder literal = new StringBuilder();
                int j = i + 1;
                while (j < value.length() && value.charAt(j) != c) {
                    if (value.charAt(j) == '\\' && j + 1 < value.length()) {
                        j++;
                    }
                    literal.append(value.charAt(j));
                    j++;
                }
                if (j >= value.length()) {
                    return -1;
                }
                tokens.add(new Token(Kind.STRING, literal.toString()));
                i = j + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < value.length() && Character.isJavaIdentifierPart(value.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(Kind.IDENT, value.substring(i, j)));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < value.length() && Character.isDigit(value.charAt(j))) { // '.' stays a symbol: 1.class
                    j++;
                }
                tokens.add(new Token(Kind.NUMBER, value.substring(i, j)));
                i = j;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return -1;
    }
}
