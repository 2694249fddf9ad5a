package gov.fpf.process.diagram;

import static gov.fpf.process.diagram.DiagramText.FONT;
import static gov.fpf.process.diagram.DiagramText.LINE;
import static gov.fpf.process.diagram.DiagramText.clip;
import static gov.fpf.process.diagram.DiagramText.wrap;
import static gov.fpf.process.diagram.Palette.CURRENT_STROKE;
import static gov.fpf.process.diagram.Palette.INK;

import java.util.ArrayList;
import java.util.List;

/**
 * The SVG being written: elements with their attributes escaped and numbers written short, and the few shapes every
 * part of a diagram draws (boxes, circles, wrapped text). One per drawing; not thread-safe.
 */
final class SvgCanvas {

    private final StringBuilder svg = new StringBuilder(64 * 1024);

    /**
     * Wrapped text: lines of at most {@code maxWidth} (estimated), at most {@code maxLines} of them (the last one
     * ends in an ellipsis when the text is longer), the first line's top at {@code top}.
     */
    void text(String text, double x, double top, double maxWidth, int maxLines, String anchor) {
        List<String> lines = wrap(text, maxWidth, FONT);
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, clip(kept.get(maxLines - 1) + "\u2026", maxWidth, FONT));
            lines = kept;
        }
        open("text", "x", x, "y", top + FONT, "text-anchor", anchor, "fill", INK);
        for (int i = 0; i < lines.size(); i++) {
            textElement("tspan", lines.get(i), "x", x, "y", top + FONT + i * LINE);
        }
        close("text");
    }

    // ---------------------------------------------------------------- shapes

    void rect(Box box, double radius, String fill, String stroke, double width, String dash) {
        empty("rect", "x", box.x(), "y", box.y(), "width", Math.max(0, box.w()), "height", Math.max(0, box.h()),
                "rx", radius > 0 ? radius : null, "fill", fill, "stroke", stroke, "stroke-width", width,
                "stroke-dasharray", dash);
    }

    /** A dashed outline around the current step, so "current" does not rest on colour alone. */
    void halo(Box box, double radius) {
        empty("rect", "class", "halo", "x", box.x(), "y", box.y(), "width", box.w(), "height", box.h(), "rx", radius,
                "fill", "none", "stroke", CURRENT_STROKE, "stroke-width", 2, "stroke-dasharray", "4 3");
    }

    void circle(double cx, double cy, double r, String fill, String stroke, double width, String dash) {
        empty("circle", "cx", cx, "cy", cy, "r", Math.max(0, r), "fill", fill, "stroke", stroke,
                "stroke-width", width, "stroke-dasharray", dash);
    }

    void polygon(double cx, double cy, double r, int corners, boolean filled, String stroke) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < corners; i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * i / corners;
            points.append(num(cx + r * Math.cos(a))).append(",").append(num(cy + r * Math.sin(a))).append(" ");
        }
        empty("polygon", "class", "marker", "points", points.toString().trim(), "fill", filled ? stroke : "none",
                "stroke", stroke, "stroke-width", 1.2, "stroke-linejoin", "round");
    }

    // ---------------------------------------------------------------- elements

    /** {@code <name a="v" …>}; attributes come as name, value pairs, and a null value leaves its attribute out. */
    void open(String name, Object... attributes) {
        start(name, attributes);
        svg.append('>');
    }

    void empty(String name, Object... attributes) {
        start(name, attributes);
        svg.append("/>");
    }

    void textElement(String name, String text, Object... attributes) {
        open(name, attributes);
        svg.append(esc(text));
        close(name);
    }

    void close(String name) {
        svg.append("</").append(name).append('>');
    }

    private void start(String name, Object... attributes) {
        svg.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value != null) {
                String text = value instanceof Number number ? num(number.doubleValue()) : value.toString();
                svg.append(' ').append(attributes[i]).append("=\"").append(esc(text)).append('"');
            }
        }
    }

    static String diamondPoints(double cx, double cy, double rx, double ry) {
        return num(cx) + "," + num(cy - ry) + " " + num(cx + rx) + "," + num(cy) + " " + num(cx) + "," + num(cy + ry)
                + " " + num(cx - rx) + "," + num(cy);
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot carry at all are dropped. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    /** A number as SVG wants it: no exponent, no locale, at most two decimals. */
    static String num(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0";
        }
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            return Long.toString((long) rounded);
        }
        return java.math.BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return svg.toString();
    }
}
