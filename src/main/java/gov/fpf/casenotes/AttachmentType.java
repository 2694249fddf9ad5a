package gov.fpf.casenotes;

import java.util.Set;

/**
 * The kinds of file a case takes: what the content is (found from its bytes by {@link FileTypeCheck}), the content
 * type it is stored and served with, the file name extensions and the declared types that agree with it, and whether
 * a browser may show it inline (plain raster images only: no script can run in them).
 */
public enum AttachmentType {
    PDF("application/pdf", Set.of("pdf"), Set.of("application/x-pdf"), false),
    PNG("image/png", Set.of("png"), Set.of(), true),
    JPEG("image/jpeg", Set.of("jpg", "jpeg"), Set.of("image/pjpeg", "image/jpg"), true),
    GIF("image/gif", Set.of("gif"), Set.of(), true),
    TIFF("image/tiff", Set.of("tif", "tiff"), Set.of("image/tif"), false),
    WEBP("image/webp", Set.of("webp"), Set.of(), true),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"), Set.of(), false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"), Set.of(), false),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx"), Set.of(), false),
    ODT("application/vnd.oasis.opendocument.text", Set.of("odt"), Set.of(), false),
    ODS("application/vnd.oasis.opendocument.spreadsheet", Set.of("ods"), Set.of(), false),
    DOC("application/msword", Set.of("doc"), Set.of(), false),
    XLS("application/vnd.ms-excel", Set.of("xls"), Set.of(), false),
    TEXT("text/plain", Set.of("txt"), Set.of(), false),
    CSV("text/csv", Set.of("csv"), Set.of("application/csv", "text/comma-separated-values", "application/vnd.ms-excel",
            "text/plain"), false);

    private final String contentType;
    private final Set<String> extensions;
    private final Set<String> otherDeclaredTypes;
    private final boolean inlineSafe;

    AttachmentType(String contentType, Set<String> extensions, Set<String> otherDeclaredTypes, boolean inlineSafe) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.otherDeclaredTypes = otherDeclaredTypes;
        this.inlineSafe = inlineSafe;
    }

    public String contentType() {
        return contentType;
    }

    public Set<String> extensions() {
        return extensions;
    }

    public boolean inlineSafe() {
        return inlineSafe;
    }

    /** Whether a declared type (the upload's Content-Type, without parameters, lower case) names this kind. */
    boolean agreesWith(String declared) {
        return contentType.equals(declared) || otherDeclaredTypes.contains(declared);
    }

    /** The kind whose extension this is among the candidates, if one. */
    static AttachmentType byExtension(String extension, AttachmentType... candidates) {
        for (AttachmentType t : candidates) {
            if (t.extensions.contains(extension)) {
                return t;
            }
        }
        return null;
    }

    /** The extensions the upload takes, for messages: ".pdf, .png, ...". */
    static String allExtensions() {
        StringBuilder b = new StringBuilder();
        for (AttachmentType t : values()) {
            for (String e : t.extensions.stream().sorted().toList()) {
                b.append(b.isEmpty() ? "" : ", ").append('.').append(e);
            }
        }
        return b.toString();
    }
}
