package dev.newswatch.model.secrets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that hold secrets (API tokens, the secret key, sealed WebSub state): written to a temporary file
 * beside the target that only its owner may read, then moved into place, so the secret is never readable
 * by others, not even for a moment, and a reader never sees half a file.
 */
public final class OwnerOnlyFiles {

  private OwnerOnlyFiles() {}

  /**
   * A new empty file in {@code target}'s directory (created if missing), readable and writable by its
   * owner only. On a file system without POSIX permissions the directory's defaults apply and
   * {@code notPosix} is told the directory (to warn, or not).
   *
   * @param target   the file the caller will move the temporary file to
   * @param prefix   the temporary file's name prefix, e.g. {@code .api-token}
   * @param notPosix called with the directory when permissions cannot be set; may be null
   */
  public static Path tempBeside(Path target, String prefix, java.util.function.Consumer<Path> notPosix)
      throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, prefix, ".tmp");
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      if (notPosix != null) {
        notPosix.accept(dir);
      }
    }
    return tmp;
  }
}
