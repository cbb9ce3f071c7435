package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A {@code {% docs name %}} block, referenced from descriptions with {@code doc('name')}. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public class Documentation extends ManifestResource {
    private String blockContents = "";

    public Documentation() {
        super(ResourceType.DOC);
    }

    public String getBlockContents() {
        return blockContents;
    }

    public void setBlockContents(String blockContents) {
        this.blockContents = blockContents == null ? "" : blockContents;
    }
}
