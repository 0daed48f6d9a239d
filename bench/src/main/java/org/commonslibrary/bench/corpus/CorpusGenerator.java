package org.commonslibrary.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a deterministic corpus of HTML documents in English, French and Spanish to a folder: the same seed
 * and sizes give byte-identical files. Documents are drawn until the passage estimate reaches the target.
 */
public final class CorpusGenerator {

    private final WordMaterial material;
    private final ProfileDrawer drawer;
    private final TextComposer composer;
    private final HtmlRenderer renderer = new HtmlRenderer();
    private final PassageEstimate estimate = new PassageEstimate();

    /**
     * @param seed              the corpus's seed
     * @param averageParagraphs paragraphs per document on average (each about one passage)
     */
    public CorpusGenerator(long seed, int averageParagraphs) {
        this.material = WordMaterial.standard();
        this.drawer = new ProfileDrawer(material, seed, averageParagraphs);
        this.composer = new TextComposer(material, drawer);
    }

    /** Documents numbered from 1 until the estimated passages reach {@code targetPassages}. */
    public CorpusSummary write(Path folder, long targetPassages) throws IOException {
        Files.createDirectories(folder);
        CorpusSummary summary = new CorpusSummary();
        for (int number = 1; summary.estimatedPassages() < targetPassages; number++) {
            GeneratedDocument document = generate(number);
            byte[] html = renderer.render(document).getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(document.fileName()), html);
            summary.add(document, estimate.of(document), html.length);
        }
        return summary;
    }

    /** Summarises documents 1..count without writing them. */
    public CorpusSummary summarise(int count) {
        CorpusSummary summary = new CorpusSummary();
        for (int number = 1; number <= count; number++) {
            GeneratedDocument document = generate(number);
            summary.add(document, estimate.of(document), renderer.render(document).length());
        }
        return summary;
    }

    GeneratedDocument generate(int number) {
        Random random = drawer.randomFor(number);
        return composer.compose(drawer.draw(number, random), random);
    }

    String html(int number) {
        return renderer.render(generate(number));
    }

    int estimatedPassages(int number) {
        return estimate.of(generate(number));
    }
}
