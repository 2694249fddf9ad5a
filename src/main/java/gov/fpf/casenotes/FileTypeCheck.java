package gov.fpf.casenotes;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a file is, found from its bytes (magic numbers and, for Office and OpenDocument files, the names inside the
 * zip), never from what the sender says. The extension of its name and the declared type must then agree with it.
 * Programs, markup (HTML, SVG, XML) and macro-enabled documents are refused; so is anything not in
 * {@link AttachmentType}. Zip contents are read from the central directory without inflating anything.
 */
final class FileTypeCheck {

    /** Why a file is refused: a message key of {@code messages.properties} and its arguments. */
    record Refusal(String key, Object... args) {
    }

    /** The kind found, or the refusal. */
    record Outcome(AttachmentType type, Refusal refusal) {
        static Outcome ok(AttachmentType type) {
            return new Outcome(type, null);
        }

        static Outcome no(String key, Object... args) {
            return new Outcome(null, new Refusal(key, args));
        }
    }

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] TIFF_LE = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BE = {'M', 'M', 0, 42};
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP = ascii("WEBP");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
            (byte) 0xe1};
    private static final byte[][] PROGRAMS = {ascii("MZ"), {0x7f, 'E', 'L', 'F'}, ascii("#!"),
            {(byte) 0xfe, (byte) 0xed, (byte) 0xfa, (byte) 0xce}, {(byte) 0xfe, (byte) 0xed, (byte) 0xfa, (byte) 0xcf},
            {(byte) 0xce, (byte) 0xfa, (byte) 0xed, (byte) 0xfe}, {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe},
            {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe}, {0, 'a', 's', 'm'}};
    private static final String[] MARKUP = {"<script", "<html", "<!doctype", "<svg", "<iframe", "<?xml", "<body",
            "<object", "<embed", "javascript:"};

    private FileTypeCheck() {
    }

    /**
     * The kind of {@code content}, checked against the file name's extension (lower case, without the dot; empty when
     * none) and the declared type (null or blank, or application/octet-stream: none declared).
     */
    static Outcome check(byte[] content, String extension, String declaredType) {
        Outcome found = detect(content, extension);
        if (found.refusal() != null) {
            return found;
        }
        AttachmentType type = found.type();
        if (!type.extensions().contains(extension)) {
            return Outcome.no("notes.file.extensionMismatch", "." + extension, describe(type),
                    String.join(", ", type.extensions().stream().sorted().map(e -> "." + e).toList()));
        }
        String declared = declaredType == null ? "" : declaredType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!declared.isEmpty() && !"application/octet-stream".equals(declared) && !type.agreesWith(declared)) {
            return Outcome.no("notes.file.declaredMismatch", declared, describe(type));
        }
        return found;
    }

    private static String describe(AttachmentType type) {
        return type.name();
    }

    private static Outcome detect(byte[] b, String extension) {
        if (b.length == 0) {
            return Outcome.no("notes.file.empty");
        }
        if (startsWith(b, PDF)) {
            return indexOf(b, ascii("/JavaScript")) >= 0 || indexOf(b, ascii("/Launch")) >= 0
                    ? Outcome.no("notes.file.activePdf") : Outcome.ok(AttachmentType.PDF);
        }
        if (startsWith(b, PNG)) {
            return Outcome.ok(AttachmentType.PNG);
        }
        if (startsWith(b, JPEG)) {
            return Outcome.ok(AttachmentType.JPEG);
        }
        if (startsWith(b, GIF87) || startsWith(b, GIF89)) {
            return Outcome.ok(AttachmentType.GIF);
        }
        if (startsWith(b, TIFF_LE) || startsWith(b, TIFF_BE)) {
            return Outcome.ok(AttachmentType.TIFF);
        }
        if (startsWith(b, RIFF) && b.length >= 12 && regionEquals(b, 8, WEBP)) {
            return Outcome.ok(AttachmentType.WEBP);
        }
        if (startsWith(b, ZIP)) {
            return zipped(b);
        }
        if (startsWith(b, OLE)) {
            if (indexOf(b, utf16("_VBA_PROJECT")) >= 0 || indexOf(b, utf16("Macros")) >= 0) {
                return Outcome.no("notes.file.macros");
            }
            AttachmentType legacy = AttachmentType.byExtension(extension, AttachmentType.DOC, AttachmentType.XLS);
            return legacy == null ? Outcome.no("notes.file.legacyOffice") : Outcome.ok(legacy);
        }
        for (byte[] program : PROGRAMS) {
            if (startsWith(b, program)) {
                return Outcome.no("notes.file.program");
            }
        }
        return text(b, extension);
    }

    /** Plain text or CSV: valid UTF-8, no control characters but tabs and line ends, no markup. */
    private static Outcome text(byte[] b, String extension) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return Outcome.no("notes.file.unknown", AttachmentType.allExtensions());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f) {
                return Outcome.no("notes.file.unknown", AttachmentType.allExtensions());
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String start = lower.replace("\ufeff", "").stripLeading();
        if (start.startsWith("<")) {
            return Outcome.no("notes.file.markup");
        }
        for (String tag : MARKUP) {
            if (lower.contains(tag)) {
                return Outcome.no("notes.file.markup");
            }
        }
        return Outcome.ok("csv".equals(extension) ? AttachmentType.CSV : AttachmentType.TEXT);
    }

    /** OOXML (docx, xlsx, pptx) by the parts it holds; OpenDocument by its first, stored {@code mimetype} entry. */
    private static Outcome zipped(byte[] b) {
        List<String> names = centralDirectoryNames(b);
        if (names == null) {
            return Outcome.no("notes.file.brokenZip");
        }
        for (String n : names) {
            String lower = n.toLowerCase(Locale.ROOT);
            if (lower.endsWith("vbaproject.bin") || lower.startsWith("basic/")) {
                return Outcome.no("notes.file.macros");
            }
        }
        if (names.contains("[Content_Types].xml")) {
            if (names.contains("word/document.xml")) {
                return Outcome.ok(AttachmentType.DOCX);
            }
            if (names.contains("xl/workbook.xml")) {
                return Outcome.ok(AttachmentType.XLSX);
            }
            if (names.contains("ppt/presentation.xml")) {
                return Outcome.ok(AttachmentType.PPTX);
            }
        }
        String mimetype = odfMimetype(b);
        if ("application/vnd.oasis.opendocument.text".equals(mimetype)) {
            return Outcome.ok(AttachmentType.ODT);
        }
        if ("application/vnd.oasis.opendocument.spreadsheet".equals(mimetype)) {
            return Outcome.ok(AttachmentType.ODS);
        }
        return Outcome.no("notes.file.zip");
    }

    /** The entry names of a zip from its central directory; null when the zip is broken. */
    static List<String> centralDirectoryNames(byte[] b) {
        int end = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int entries = u16(b, end + 10);
        long offset = u32(b, end + 16);
        List<String> names = new ArrayList<>();
        int p = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < entries; i++) {
            if (p < 0 || p + 46 > b.length || !(b[p] == 'P' && b[p + 1] == 'K' && b[p + 2] == 1 && b[p + 3] == 2)) {
                return null;
            }
            int nameLength = u16(b, p + 28);
            int extraLength = u16(b, p + 30);
            int commentLength = u16(b, p + 32);
            if (p + 46 + nameLength > b.length) {
                return null;
            }
            names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    /** The content of a stored (uncompressed) first entry named {@code mimetype}, as OpenDocument requires. */
    private static String odfMimetype(byte[] b) {
        if (b.length < 30 || u16(b, 8) != 0) {
            return null;
        }
        long size = u32(b, 18);
        int nameLength = u16(b, 26);
        int extraLength = u16(b, 28);
        int data = 30 + nameLength + extraLength;
        if (size > 200 || data + size > b.length
                || !"mimetype".equals(new String(b, 30, Math.min(nameLength, b.length - 30), StandardCharsets.US_ASCII))) {
            return null;
        }
        return new String(b, data, (int) size, StandardCharsets.US_ASCII);
    }

    private static int u16(byte[] b, int at) {
        return at + 2 > b.length ? -1 : (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int at) {
        return at + 4 > b.length ? -1 : (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16
                | (b[at + 3] & 0xffL) << 24;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return regionEquals(b, 0, prefix);
    }

    private static boolean regionEquals(byte[] b, int at, byte[] part) {
        if (b.length < at + part.length) {
            return false;
        }
        for (int i = 0; i < part.length; i++) {
            if (b[at + i] != part[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= b.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (b[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf16(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }
}
