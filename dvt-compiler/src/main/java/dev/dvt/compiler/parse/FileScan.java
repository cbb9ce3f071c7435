package dev.dvt.compiler.parse;

import java.util.ArrayList;
import java.util.List;

/** The files of every package, root project first. */
final class FileScan {

    private FileScan() {
    }

    static List<ProjectFile> all(List<PackageProject> packages, int threads) {
        List<List<ProjectFile>> perPackage = Parallel.map(packages, threads, FileDiscovery::discover);
        List<ProjectFile> all = new ArrayList<>();
        perPackage.forEach(all::addAll);
        return all;
    }
}
