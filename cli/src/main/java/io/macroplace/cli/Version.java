package io.macroplace.cli;

import picocli.CommandLine;

/** Version line from the jar manifest (falls back to "dev" when run from classes). */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"macroplace " + (v == null ? "dev" : v)
                + " (Java " + System.getProperty("java.version") + ")"};
    }
}
