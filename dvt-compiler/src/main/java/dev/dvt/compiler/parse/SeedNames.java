package dev.dvt.compiler.parse;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A seed's name is its file name without the extension, so {@code seeds/rates.csv} and
 * {@code seeds/rates.parquet} would both be {@code seed.<package>.rates}. That is refused here,
 * before the second file silently replaces the first in the manifest.
 */
final class SeedNames {
    private SeedNames() {
    }

    static void checkUnique(List<ProjectFile> files) {
        Map<String, ProjectFile> seen = new LinkedHashMap<>();
        for (ProjectFile file : files) {
            if (file.kind() != FileKind.SEED) {
                continue;
            }
            ProjectFile previous = seen.putIfAbsent(file.packageName() + ":" + file.baseName(), file);
            if (previous != null) {
                throw new DvtException(ErrorCode.PARSE, "Package '" + file.packageName() + "' has two seed files named '"
                        + file.baseName() + "': " + previous.originalFilePath() + " and " + file.originalFilePath()
                        + ". Both would be seed." + file.packageName() + "." + file.baseName()
                        + "; rename or remove one of them", file.absolutePath(), 0);
            }
        }
    }
}
