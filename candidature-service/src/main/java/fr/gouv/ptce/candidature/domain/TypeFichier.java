package fr.gouv.ptce.candidature.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The accepted attachment types, recognised from the bytes and never from the name or the
 * declared Content-Type (both are chosen by the sender). ODT, DOCX and XLSX are ZIP archives: the
 * archive is opened to read its {@code mimetype} entry (OpenDocument) or its
 * {@code [Content_Types].xml} (Office Open XML).
 */
public enum TypeFichier {
    PDF("application/pdf", "pdf"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private static final int MAX_ENTREES_ZIP = 2000;

    private final String mediaType;
    private final String[] extensions;

    TypeFichier(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean accepteExtension(String extension) {
        for (String e : extensions) {
            if (e.equals(extension)) {
                return true;
            }
        }
        return false;
    }

    /** The type the content really is, if it is one of the accepted ones. */
    public static Optional<TypeFichier> reconnaitre(byte[] contenu) {
        if (commencePar(contenu, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (commencePar(contenu, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (commencePar(contenu, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (commencePar(contenu, new byte[]{'P', 'K', 3, 4})) {
            return bureautique(contenu);
        }
        return Optional.empty();
    }

    /**
     * A known extension that names another type than the content is a disguise (an image called
     * "statuts.pdf"); an unknown or missing extension says nothing.
     */
    public static boolean extensionContredit(String nomFichier, TypeFichier reel) {
        String ext = extension(nomFichier);
        if (ext.isEmpty()) {
            return false;
        }
        for (TypeFichier t : values()) {
            if (t.accepteExtension(ext)) {
                return !reel.accepteExtension(ext);
            }
        }
        return true; // an extension of another kind (.exe, .html…) on an accepted content is refused too
    }

    static String extension(String nomFichier) {
        if (nomFichier == null) {
            return "";
        }
        int point = nomFichier.lastIndexOf('.');
        return point < 0 ? "" : nomFichier.substring(point + 1).toLowerCase(Locale.ROOT);
    }

    private static Optional<TypeFichier> bureautique(byte[] contenu) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(contenu))) {
            ZipEntry entree;
            int n = 0;
            while ((entree = zip.getNextEntry()) != null && n++ < MAX_ENTREES_ZIP) {
                if (entree.getName().equals("mimetype")) {
                    String mime = new String(zip.readNBytes(200), StandardCharsets.US_ASCII).trim();
                    return mime.equals(ODT.mediaType) ? Optional.of(ODT) : Optional.empty();
                }
                if (entree.getName().equals("[Content_Types].xml")) {
                    String types = new String(zip.readNBytes(64 * 1024), StandardCharsets.UTF_8);
                    if (types.contains("wordprocessingml.document.main+xml")) {
                        return Optional.of(DOCX);
                    }
                    if (types.contains("spreadsheetml.sheet.main+xml")) {
                        return Optional.of(XLSX);
                    }
                    return Optional.empty();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // a damaged archive is not an accepted document
        }
        return Optional.empty();
    }

    private static boolean commencePar(byte[] contenu, byte[] signature) {
        if (contenu.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (contenu[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
