package gov.fpf.intake;

import java.util.List;

/**
 * One input of an intake page: the request record's property it fills ({@code name}, also the form parameter), how it
 * is entered, and for choices the allowed values. Its label is {@code intake.field.<name>} and its optional hint
 * {@code intake.hint.<name>} in messages.properties; a choice's words are {@code intake.option.<name>.<value>}.
 */
record IntakeField(String name, Kind kind, List<String> options, boolean required) {

    enum Kind { TEXT, TEXTAREA, DATE, MONEY, INTEGER, YES_NO, SELECT, RADIO, CHECK }

    static IntakeField text(String name) {
        return new IntakeField(name, Kind.TEXT, List.of(), false);
    }

    static IntakeField textarea(String name) {
        return new IntakeField(name, Kind.TEXTAREA, List.of(), false);
    }

    static IntakeField date(String name) {
        return new IntakeField(name, Kind.DATE, List.of(), false);
    }

    static IntakeField money(String name) {
        return new IntakeField(name, Kind.MONEY, List.of(), false);
    }

    static IntakeField integer(String name) {
        return new IntakeField(name, Kind.INTEGER, List.of(), false);
    }

    static IntakeField yesNo(String name) {
        return new IntakeField(name, Kind.YES_NO, List.of(), false);
    }

    static IntakeField select(String name, List<String> options) {
        return new IntakeField(name, Kind.SELECT, List.copyOf(options), false);
    }

    static IntakeField radio(String name, List<String> options) {
        return new IntakeField(name, Kind.RADIO, List.copyOf(options), false);
    }

    static IntakeField check(String name) {
        return new IntakeField(name, Kind.CHECK, List.of(), false);
    }

    /** The same field marked as required on the page (the record's own checks decide; this only shows it). */
    IntakeField mandatory() {
        return new IntakeField(name, kind, options, true);
    }

    /** The element id of the input (and of the first radio of a yes/no question), for labels and error links. */
    public String id() {
        return IntakeForm.fieldId(name);
    }

    /** A group of fields under one legend ({@code intake.section.<key>}, hint {@code intake.section.<key>.hint}). */
    record Section(String key, List<IntakeField> fields) {
    }
}
