import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import vn.vinguoingheo.portal.photo.Photo;
import vn.vinguoingheo.portal.photo.PhotoProbe;
import vn.vinguoingheo.portal.photo.PhotoProcessor;

/**
 * CPU time of one photo through the pipeline: a generated 12-megapixel (4000×3000) photo-like
 * JPEG is probed, decoded, resized to 480/960/1600 and encoded, ROUNDS times on one thread; the
 * thread's CPU time is measured (other work on the machine barely changes it, unlike wall time).
 * Usage: mvn -q package -DskipTests && java -cp target/portal.jar bench/PhotoBench.java [ROUNDS]
 */
public class PhotoBench {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Path file = Files.createTempFile("photo-bench", ".jpg");
        try {
            writeJpeg(scene(4000, 3000), file);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            System.out.printf("12 MP JPEG of %.1f MB; %d cores, load average %s%n", Files.size(file) / 1e6,
                    Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            long best = Long.MAX_VALUE;
            long total = 0;
            for (int i = 0; i < rounds + 2; i++) {
                long start = threads.getCurrentThreadCpuTime();
                long probeStart = start;
                PhotoProbe.Probe probe = PhotoProbe.probe(file, "assets/images/anh.jpg");
                long probed = threads.getCurrentThreadCpuTime() - probeStart;
                List<PhotoProcessor.Encoded> copies = PhotoProcessor.process(probe.photo(), Files.readAllBytes(file));
                long cpu = threads.getCurrentThreadCpuTime() - start;
                if (i >= 2) { // the first two warm the JIT up
                    best = Math.min(best, cpu);
                    total += cpu;
                    System.out.printf("round %d: %d ms CPU (probe %d ms); copies %s%n", i - 1, cpu / 1_000_000, probed / 1_000_000,
                            copies.stream().map(c -> c.copy().width() + " px " + c.bytes().length / 1024 + " KB").toList());
                }
            }
            System.out.printf("12 MP photo: mean %d ms, best %d ms of CPU time per photo (budget 400 ms)%n",
                    total / rounds / 1_000_000, best / 1_000_000);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Quality 0.95 as phones save (with this scene's noise, about as heavy per pixel as a real photo's detail). */
    static void writeJpeg(BufferedImage image, Path file) throws java.io.IOException {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.95f);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** Gradients, shapes and fine noise, so JPEG has as much to encode as in a real photo. */
    static BufferedImage scene(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 220), 0, height / 2f, new Color(230, 220, 190)));
        g.fillRect(0, 0, width, height);
        g.setPaint(new GradientPaint(0, height / 2f, new Color(60, 120, 50), width, height, new Color(140, 110, 60)));
        g.fillRect(0, height / 2, width, height - height / 2);
        Random random = new Random(18);
        for (int i = 0; i < 200; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            int r = 20 + random.nextInt(width / 10);
            g.fillOval(random.nextInt(width), random.nextInt(height), r, r);
        }
        g.dispose();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(49) - 24;
                int p = row[x];
                row[x] = (c(((p >> 16) & 0xFF) + n) << 16) | (c(((p >> 8) & 0xFF) + n) << 8) | c((p & 0xFF) + n);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    static int c(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
