package gov.fpf.casenotes;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A note on a case: who wrote what, when. Append-only; a correction is a new note. */
@Entity
@Immutable
@Table(name = "case_note")
public class CaseNote {

    /** The longest note the column holds (characters). */
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "note_text", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "author", nullable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CaseNote() {
    }

    CaseNote(Long caseId, String text, String author, Instant createdAt) {
        this.caseId = caseId;
        this.text = text;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
