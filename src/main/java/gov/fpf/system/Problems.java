package gov.fpf.system;

import org.springframework.http.HttpStatus;

/**
 * A refusal a person can act on. Services throw these; {@link ProblemHandler} turns them into RFC 7807 bodies.
 * Every subclass is thrown before anything is stored, or inside the transaction that it rolls back.
 */
public class Problems {

    private Problems() {
    }

    public abstract static class Refusal extends RuntimeException {
        private final String title;

        protected Refusal(String title, String detail) {
            super(detail);
            this.title = title;
        }

        public String title() {
            return title;
        }

        public abstract HttpStatus status();
    }

    /** 400: the request itself is wrong (a missing fact, an unknown reference). */
    public static class InvalidInput extends Refusal {
        public InvalidInput(String detail) {
            super("Invalid input", detail);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }

    /** 404: no such thing, or not one the caller may see. */
    public static class NotFound extends Refusal {
        public NotFound(String detail) {
            super("Not found", detail);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.NOT_FOUND;
        }
    }

    /** 403: the caller is known but may not do this (role, office, four eyes). */
    public static class Forbidden extends Refusal {
        public Forbidden(String detail) {
            super("Forbidden", detail);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }

    /** 409: somebody else changed it first. */
    public static class Conflict extends Refusal {
        public Conflict(String detail) {
            super("Concurrent change", detail);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }

    /** 422: the request is well formed but a legal rule refuses it. */
    public static class RuleViolation extends Refusal {
        private final String citation;

        public RuleViolation(String detail, String citation) {
            super("Refused by a legal rule", detail);
            this.citation = citation;
        }

        public String citation() {
            return citation;
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
    }
}
