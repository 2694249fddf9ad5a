package gov.fpf.process.diagram;

import static gov.fpf.process.diagram.SvgCanvas.num;

/** SVG path data from absolute points (numbers written by {@link SvgCanvas#num}) and raw relative commands. */
final class PathData {

    private final StringBuilder d = new StringBuilder();

    PathData move(double x, double y) {
        return command("M" + num(x) + "," + num(y));
    }

    PathData line(double x, double y) {
        return command("L" + num(x) + "," + num(y));
    }

    PathData raw(String commands) {
        return command(commands);
    }

    PathData append(PathData other) {
        return command(other.toString());
    }

    private PathData command(String command) {
        if (!d.isEmpty()) {
            d.append(' ');
        }
        d.append(command);
        return this;
    }

    @Override
    public String toString() {
        return d.toString();
    }
}
