package org.commonslibrary.web.rest;

import java.time.Instant;

import org.commonslibrary.model.ingest.IngestJob;

/** The JSON shape of an ingest job. */
public record JobView(String id, String state, String filename, String reason, Long documentId, Instant createdAt,
        Instant updatedAt) {

    static JobView of(IngestJob job) {
        return new JobView(job.getId(), job.getState().apiName(), job.getOriginalFilename(), job.getReason(),
                job.getDocumentId(), job.getCreatedAt(), job.getUpdatedAt());
    }
}
