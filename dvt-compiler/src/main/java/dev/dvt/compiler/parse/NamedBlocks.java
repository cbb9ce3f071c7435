package dev.dvt.compiler.parse;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Extracts {@code {% snapshot name %}…{% endsnapshot %}} and {@code {% docs name %}…{% enddocs %}} blocks. */
final class NamedBlocks {

    /** One block: its name, its body between the tags, and the line of its opening tag. */
    record NamedBlock(String name, String body, int line) {
    }

    private NamedBlocks() {
    }

    static List<NamedBlock> extract(String text, String tag, Path file) {
        List<NamedBlock> found = new ArrayList<>();
        String endTag = "end" + tag;
        NamedBlock open = null;
        int bodyStart = 0;
        for (JinjaScan.Block b : JinjaScan.blocks(text)) {
            if (b.kind() != '%') {
                continue;
            }
            String inner = b.inner().strip();
            String word = inner.split("\\s+", 2)[0];
            if (word.equals(tag)) {
                if (open != null) {
                    throw new DvtException(ErrorCode.PARSE, "A '" + tag + "' block cannot be nested inside '"
                            + open.name() + "'; close it with {% " + endTag + " %} first", file,
                            JinjaScan.lineOf(text, b.start()));
                }
                String[] parts = inner.split("\\s+");
                if (parts.length != 2 || !parts[1].matches("[A-Za-z_][\\w]*")) {
                    throw new DvtException(ErrorCode.PARSE, "The '" + tag + "' block needs exactly one name, as in "
                            + "{% " + tag + " my_name %}", file, JinjaScan.lineOf(text, b.start()));
                }
                open = new NamedBlock(parts[1], "", JinjaScan.lineOf(text, b.start()));
                bodyStart = b.end();
            } else if (word.equals(endTag)) {
                if (open == null) {
                    throw new DvtException(ErrorCode.PARSE, "'" + endTag + "' without an open '" + tag + "' block",
                            file, JinjaScan.lineOf(text, b.start()));
                }
                found.add(new NamedBlock(open.name(), text.substring(bodyStart, b.start()), open.line()));
                open = null;
            }
        }
        if (open != null) {
            throw new DvtException(ErrorCode.PARSE, "The '" + tag + "' block '" + open.name()
                    + "' is never closed: add {% " + endTag + " %}", file, open.line());
        }
        return found;
    }
}
