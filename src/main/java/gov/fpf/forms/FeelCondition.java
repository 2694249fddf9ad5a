package gov.fpf.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The small part of FEEL that our forms' {@code conditional.hide} expressions use, evaluated on the server: variables,
 * string, number and boolean literals, {@code null}, {@code =} and {@code !=} (and {@code < <= > >=} on numbers),
 * {@code and}, {@code or}, {@code not(...)} and parentheses. Anything else is {@link Unsupported}, so a form that needs
 * more is noticed (the renderer then shows the field and says the condition was not evaluated).
 *
 * <p>Semantics follow form-js where FEEL and our forms agree: a field is hidden only when the expression yields
 * {@code true}; a missing variable is {@code null}; {@code x = null} is true when x is missing. One deliberate
 * difference: {@code not(x)} of a non-boolean is true when x is null or empty text and false otherwise, which is what
 * {@code =not(bondNumber)} means (hide the bond fields when the case has no bond); strict FEEL would yield null there
 * and never hide. The same grammar and semantics are implemented by the page's inline script.
 */
public final class FeelCondition {

    /** An expression outside the supported subset. */
    public static final class Unsupported extends RuntimeException {
        Unsupported(String expression, String why) {
            super("Unsupported FEEL expression '" + expression + "': " + why);
        }
    }

    private sealed interface Node permits Literal, Variable, Not, And, Or, Compare {
    }

    private record Literal(Object value) implements Node {
    }

    private record Variable(String name) implements Node {
    }

    private record Not(Node operand) implements Node {
    }

    private record And(Node left, Node right) implements Node {
    }

    private record Or(Node left, Node right) implements Node {
    }

    private record Compare(String operator, Node left, Node right) implements Node {
    }

    private final String source;
    private final Node root;
    private final Set<String> variables;

    private FeelCondition(String source, Node root, Set<String> variables) {
        this.source = source;
        this.root = root;
        this.variables = variables;
    }

    /** Parses an expression as the form holds it (with or without the leading {@code =}). */
    public static FeelCondition parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new Unsupported(String.valueOf(expression), "empty");
        }
        String body = expression.strip();
        if (body.startsWith("=")) {
            body = body.substring(1);
        }
        Parser parser = new Parser(expression, tokenize(expression, body));
        Node root = parser.expression();
        parser.expectEnd();
        return new FeelCondition(expression, root, Set.copyOf(parser.variables));
    }

    public String source() {
        return source;
    }

    /** The variables the expression reads. */
    public Set<String> variables() {
        return variables;
    }

    /** True when the expression yields {@code true} for these values (a missing value is null). */
    public boolean isTrue(Function<String, Object> values) {
        return Boolean.TRUE.equals(evaluate(root, values));
    }

    private static Object evaluate(Node node, Function<String, Object> values) {
        if (node instanceof Literal l) {
            return l.value();
        }
        if (node instanceof Variable v) {
            return normalize(values.apply(v.name()));
        }
        if (node instanceof Not n) {
            Object value = evaluate(n.operand(), values);
            if (value instanceof Boolean b) {
                return !b;
            }
            return value == null || value instanceof String s && s.isEmpty();
        }
        if (node instanceof And a) {
            return Boolean.TRUE.equals(evaluate(a.left(), values)) && Boolean.TRUE.equals(evaluate(a.right(), values));
        }
        if (node instanceof Or o) {
            return Boolean.TRUE.equals(evaluate(o.left(), values)) || Boolean.TRUE.equals(evaluate(o.right(), values));
        }
        Compare c = (Compare) node;
        Object left = evaluate(c.left(), values);
        Object right = evaluate(c.right(), values);
        return switch (c.operator()) {
            case "=" -> equal(left, right);
            case "!=" -> !equal(left, right);
            default -> order(c.operator(), left, right);
        };
    }

    /** Numbers as BigDecimal, empty text as null (an empty form field is no value). */
    private static Object normalize(Object value) {
        if (value instanceof String s && s.isEmpty()) {
            return null;
        }
        if (value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return value;
    }

    private static boolean equal(Object left, Object right) {
        if (left == null || right == null) {
            return left == null && right == null;
        }
        if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        if (left instanceof String || right instanceof String) {
            return left instanceof String && right instanceof String && left.equals(right);
        }
        return left.equals(right);
    }

    private static Boolean order(String operator, Object left, Object right) {
        if (!(left instanceof BigDecimal a) || !(right instanceof BigDecimal b)) {
            return null;
        }
        int cmp = a.compareTo(b);
        return switch (operator) {
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            default -> cmp >= 0;
        };
    }

    // ------------------------------------------------------------------------------------------ parsing

    private record Token(String kind, String text) {
    }

    private static List<Token> tokenize(String expression, String body) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char ch = body.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '"') {
                StringBuilder text = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < body.length()) {
                    char c = body.charAt(i++);
                    if (c == '\\' && i < body.length()) {
                        text.append(body.charAt(i++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        text.append(c);
                    }
                }
                if (!closed) {
                    throw new Unsupported(expression, "unterminated string");
                }
                tokens.add(new Token("string", text.toString()));
            } else if (Character.isDigit(ch)) {
                int start = i;
                while (i < body.length() && (Character.isDigit(body.charAt(i)) || body.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token("number", body.substring(start, i)));
            } else if (Character.isLetter(ch) || ch == '_') {
                int start = i;
                while (i < body.length() && (Character.isLetterOrDigit(body.charAt(i)) || body.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token("name", body.substring(start, i)));
            } else if (body.startsWith("!=", i) || body.startsWith("<=", i) || body.startsWith(">=", i)) {
                tokens.add(new Token("op", body.substring(i, i + 2)));
                i += 2;
            } else if (ch == '=' || ch == '<' || ch == '>') {
                tokens.add(new Token("op", String.valueOf(ch)));
                i++;
            } else if (ch == '(' || ch == ')') {
                tokens.add(new Token(String.valueOf(ch), String.valueOf(ch)));
                i++;
            } else {
                throw new Unsupported(expression, "unexpected '" + ch + "'");
            }
        }
        return tokens;
    }

    private static final class Parser {
        private final String expression;
        private final List<Token> tokens;
        private final Set<String> variables = new LinkedHashSet<>();
        private int pos;

        Parser(String expression, List<Token> tokens) {
            this.expression = expression;
            this.tokens = tokens;
        }

        Node expression() {
            Node left = conjunction();
            while (isName("or")) {
                pos++;
                left = new Or(left, conjunction());
            }
            return left;
        }

        private Node conjunction() {
            Node left = comparison();
            while (isName("and")) {
                pos++;
                left = new And(left, comparison());
            }
            return left;
        }

        private Node comparison() {
            Node left = unary();
            if (pos < tokens.size() && tokens.get(pos).kind().equals("op")) {
                String op = tokens.get(pos++).text();
                return new Compare(op, left, unary());
            }
            return left;
        }

        private Node unary() {
            if (isName("not") && pos + 1 < tokens.size() && tokens.get(pos + 1).kind().equals("(")) {
                pos += 2;
                Node operand = expression();
                expect(")");
                return new Not(operand);
            }
            return primary();
        }

        private Node primary() {
            if (pos >= tokens.size()) {
                throw new Unsupported(expression, "ends too early");
            }
            Token t = tokens.get(pos++);
            switch (t.kind()) {
                case "string":
                    return new Literal(t.text());
                case "number":
                    try {
                        return new Literal(new BigDecimal(t.text()));
                    } catch (NumberFormatException e) {
                        throw new Unsupported(expression, "bad number " + t.text());
                    }
                case "(":
                    Node inner = expression();
                    expect(")");
                    return inner;
                case "name":
                    switch (t.text()) {
                        case "true":
                            return new Literal(Boolean.TRUE);
                        case "false":
                            return new Literal(Boolean.FALSE);
                        case "null":
                            return new Literal(null);
                        case "and", "or", "not":
                            throw new Unsupported(expression, "misplaced '" + t.text() + "'");
                        default:
                            if (pos < tokens.size() && tokens.get(pos).kind().equals("(")) {
                                throw new Unsupported(expression, "function '" + t.text() + "'");
                            }
                            variables.add(t.text());
                            return new Variable(t.text());
                    }
                default:
                    throw new Unsupported(expression, "unexpected '" + t.text() + "'");
            }
        }

        private boolean isName(String name) {
            return pos < tokens.size() && tokens.get(pos).kind().equals("name") && tokens.get(pos).text().equals(name);
        }

        private void expect(String kind) {
            if (pos >= tokens.size() || !tokens.get(pos).kind().equals(kind)) {
                throw new Unsupported(expression, "expected '" + kind + "'");
            }
            pos++;
        }

        void expectEnd() {
            if (pos != tokens.size()) {
                throw new Unsupported(expression, "unexpected '" + tokens.get(pos).text() + "'");
            }
        }
    }
}
