package dev.slant.text;

class StructureScannerConformanceTest extends StructureConformance {
    @Override
    protected TextStructure structure(String text) {
        return StructureScanner.standard().scan(text);
    }
}
