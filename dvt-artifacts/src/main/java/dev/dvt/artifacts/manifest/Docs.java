package dev.dvt.artifacts.manifest;

/** The {@code docs} block of a node or macro: whether the docs site shows it, and its colour. */
public class Docs {
    private boolean show = true;
    private String nodeColor;

    public Docs() {
    }

    public Docs(boolean show, String nodeColor) {
        this.show = show;
        this.nodeColor = nodeColor;
    }

    public boolean getShow() {
        return show;
    }

    public void setShow(boolean show) {
        this.show = show;
    }

    public String getNodeColor() {
        return nodeColor;
    }

    public void setNodeColor(String nodeColor) {
        this.nodeColor = nodeColor;
    }
}
