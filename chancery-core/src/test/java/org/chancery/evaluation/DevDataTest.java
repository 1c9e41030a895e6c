package org.chancery.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the real development files at run time (skipped when /work/shared is absent). */
class DevDataTest {
    static final Path SHARED = Path.of(System.getProperty("chancery.shared", "/work/shared"));
    static final Path DEV = SHARED.resolve("eval/dev");

    @Test
    void seedGoldParsesWithCheckedOffsets() throws Exception {
        Path gold = DEV.resolve("seed-gold");
        Assumptions.assumeTrue(Files.isDirectory(gold) && Files.isDirectory(SHARED.resolve("corpus")), "no seed gold at " + gold);
        List<Path> files = SeedGoldReader.goldFiles(gold);
        assertEquals(3, files.size());
        int events = 0;
        int core = 0;
        int nonEvents = 0;
        for (Path f : files) {
            SeedGoldCase c = SeedGoldReader.read(f, SHARED.resolve("corpus"));
            events += c.gold().events().size();
            core += (int) c.gold().coreCount();
            nonEvents += c.gold().nonEvents().size();
            assertTrue(c.gold().referenceDate() != null, c.gold().id());
        }
        assertEquals(91, events);
        assertEquals(42, core);
        assertEquals(12, nonEvents);
    }
}
