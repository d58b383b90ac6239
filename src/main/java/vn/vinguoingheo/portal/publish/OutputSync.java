package vn.vinguoingheo.portal.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Brings an output folder up to date in place, for the preview: files that differ are moved in
 * from a scratch folder one by one (each replace is atomic), and files the site no longer has are
 * removed. A build that readers see uses {@link Publication}'s swap of the whole folder instead.
 */
public final class OutputSync {

    private OutputSync() {
    }

    /**
     * The files of {@code scratch} (relative paths) that are missing from {@code output} or differ
     * there; stops with a {@link CancellationException}, between files, once {@code superseded}.
     */
    public static List<String> differing(Path scratch, Path output, BooleanSupplier superseded) throws IOException {
        List<String> differing = new ArrayList<>();
        for (String name : relativeFiles(scratch)) {
            if (superseded.getAsBoolean()) {
                throw new CancellationException("a newer change supersedes this update");
            }
            Path file = scratch.resolve(name);
            Path target = output.resolve(name);
            if (!Files.isRegularFile(target) || Files.mismatch(file, target) != -1) {
                differing.add(name);
            }
        }
        return differing;
    }

    /** Moves these files from {@code scratch} into {@code output}, each replacing its old version atomically. */
    public static void move(List<String> names, Path scratch, Path output) throws IOException {
        for (String name : names) {
            Path target = output.resolve(name);
            Files.createDirectories(target.getParent());
            Files.move(scratch.resolve(name), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The files of a folder, paths relative to it with '/' between names. */
    public static List<String> relativeFiles(Path root) throws IOException {
        List<String> names = new ArrayList<>();
        for (Path file : files(root)) {
            names.add(root.relativize(file).toString().replace('\\', '/'));
        }
        return names;
    }

    /** The files of {@code output} (relative paths) not in {@code keep}. */
    public static List<String> notIn(Path output, Set<String> keep) throws IOException {
        return relativeFiles(output).stream().filter(name -> !keep.contains(name)).toList();
    }

    /** Deletes these files of {@code output}, and the folders they leave empty. */
    public static void remove(List<String> names, Path output) throws IOException {
        for (String name : names) {
            Path file = output.resolve(name);
            Files.deleteIfExists(file);
            for (Path dir = file.getParent(); !dir.equals(output) && isEmpty(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> left = Files.list(dir)) {
            return left.findAny().isEmpty();
        }
    }

    private static List<Path> files(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
