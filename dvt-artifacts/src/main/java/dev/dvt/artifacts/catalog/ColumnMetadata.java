package dev.dvt.artifacts.catalog;

/** A column as the database describes it; {@code index} is its 1-based ordinal position. */
public class ColumnMetadata {
    private String type;
    private int index;
    private String name;
    private String comment;

    public ColumnMetadata() {
    }

    public ColumnMetadata(String name, String type, int index, String comment) {
        this.name = name;
        this.type = type;
        this.index = index;
        this.comment = comment;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public int getIndex() {
        return index;
    }

    public void setIndex(int index) {
        this.index = index;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
