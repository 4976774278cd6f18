package fr.gouv.ptce.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The data folder's key for the Démarches Simplifiées API tokens (candidature-service's
 * PTCE_DS_TOKEN_KEY), generated on first use and then read back: the tokens stored in this folder's
 * database stay readable across restarts, and another data folder (the system tests') has its own.
 */
final class DsTokenKey {

    /** At least what candidature-service requires (CleJetonDs.LONGUEUR_MIN). */
    static final int MIN_LENGTH = 32;

    private DsTokenKey() {
    }

    static String of(Layout layout) {
        Path file = layout.dsTokenKeyFile();
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String key = Files.readString(file).strip();
            if (key.length() < MIN_LENGTH) {
                throw new LauncherException(LauncherException.Kind.OTHER, file + " holds a key shorter than "
                        + MIN_LENGTH + " characters: put a longer one, or delete the file to get a new "
                        + "key (Démarches Simplifiées tokens already stored then become unreadable).");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent(), ownerOnly("rwx------"));
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        // Written aside then moved in, so that nobody ever reads a half-written key; the move fails
        // rather than replace a key another launcher created meanwhile.
        Path tmp = Files.createTempFile(file.getParent(), "ds-token-key", ".tmp", ownerOnly("rw-------"));
        try {
            Files.writeString(tmp, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException e) {
            // kept: the other launcher's key
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The given permissions where the file system has POSIX permissions, none elsewhere (also for KafkaUsers). */
    static FileAttribute<?>[] ownerOnly(String permissions) {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
