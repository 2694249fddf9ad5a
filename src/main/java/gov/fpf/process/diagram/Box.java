package gov.fpf.process.diagram;

import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/** A rectangle in diagram coordinates, as the diagram interchange gives it. */
record Box(double x, double y, double w, double h) {
    double cx() {
        return x + w / 2;
    }

    double cy() {
        return y + h / 2;
    }

    double right() {
        return x + w;
    }

    double bottom() {
        return y + h;
    }

    static Box of(Bounds bounds) {
        return new Box(value(bounds.getX()), value(bounds.getY()), value(bounds.getWidth()), value(bounds.getHeight()));
    }

    private static double value(Double d) {
        return d == null ? 0 : d;
    }

    /** The box grown ({@code by} negative) or shrunk by the same amount on every side. */
    Box inset(double by) {
        return new Box(x + by, y + by, w - 2 * by, h - 2 * by);
    }
}
