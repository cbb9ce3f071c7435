package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A group of nodes with an owner; models with {@code access: private} are visible only inside their group. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public class Group extends ManifestResource {
    private Owner owner = new Owner();

    public Group() {
        super(ResourceType.GROUP);
    }

    public Owner getOwner() {
        return owner;
    }

    public void setOwner(Owner owner) {
        this.owner = owner == null ? new Owner() : owner;
    }
}
