package dev.dvt.artifacts.manifest;

/** A node's model contract: whether it is enforced, and the checksum of the enforced column set. */
public class Contract {
    private boolean enforced;
    private boolean aliasTypes = true;
    private String checksum;

    public boolean getEnforced() {
        return enforced;
    }

    public void setEnforced(boolean enforced) {
        this.enforced = enforced;
    }

    public boolean getAliasTypes() {
        return aliasTypes;
    }

    public void setAliasTypes(boolean aliasTypes) {
        this.aliasTypes = aliasTypes;
    }

    public String getChecksum() {
        return checksum;
    }

    public void setChecksum(String checksum) {
        this.checksum = checksum;
    }
}
