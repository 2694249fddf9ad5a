package gov.fpf.process.diagram;

/** A waypoint of an edge. */
record Point(double x, double y) {
}
