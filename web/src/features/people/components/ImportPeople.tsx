import { useEffect, useId, useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type ImportApplyResponse, type ImportCounts, type ImportPreviewResponse, type ImportProblem } from "@afdelingsplanner/shared/schemas";
import { useDescribeError } from "../../../hooks/useDescribeError.ts";
import { previewImport, useApplyImport } from "../api/importPeople.ts";

/** Rows per preview request: small enough that the progress bar moves on a large file. */
const PAGE = 250;
/** Rows the table shows at a time: 2,000 rows at once make the page slow for everyone, screen readers most. */
const SHOWN = 100;
const MAX_MB = LIMITS.people.importCsv.maxLength / 1_000_000;

interface Preview {
  csv: string;
  totalRows: number;
  columns: ImportPreviewResponse["columns"];
  fileProblems: ImportProblem[];
  rows: ImportPreviewResponse["rows"];
  counts: ImportCounts;
}

const sum = (a: ImportCounts, b: ImportCounts): ImportCounts => ({ new: a.new + b.new, update: a.update + b.update, unchanged: a.unchanged + b.unchanged, error: a.error + b.error });
const NO_COUNTS: ImportCounts = { new: 0, update: 0, unchanged: 0, error: 0 };

/**
 * "Leden importeren uit CSV" for the secretary: choose a file; every row is checked page by page (read-only
 * requests, so the progress bar shows real progress); the preview shows each row's status and problems;
 * Importeren applies the whole file in one request (one transaction), inviting new members only when ticked.
 */
export function ImportPeople({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const apply = useApplyImport(slug);
  const [checking, setChecking] = useState<{ done: number; total: number | null } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [invite, setInvite] = useState(false);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [shownFrom, setShownFrom] = useState(0);
  const [result, setResult] = useState<ImportApplyResponse | null>(null);
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => () => abort.current?.abort(), []);

  function reset() {
    abort.current?.abort();
    setPreview(null);
    setProblem(null);
    setResult(null);
    setInvite(false);
    setShownFrom(0);
    setChecking(null);
    apply.reset();
  }

  async function check(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    reset();
    if (!file) return;
    if (file.size > LIMITS.people.importCsv.maxLength) {
      setProblem(t("people.import.tooLarge", { max: MAX_MB }));
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setChecking({ done: 0, total: null });
    try {
      const csv = await file.text();
      let offset: number | null = 0;
      let collected = null as Preview | null;
      while (offset !== null) {
        const page: ImportPreviewResponse = await previewImport(slug, { csv, offset, limit: PAGE }, controller.signal);
        collected = collected
          ? { ...collected, rows: [...collected.rows, ...page.rows], counts: sum(collected.counts, page.counts) }
          : { csv, totalRows: page.totalRows, columns: page.columns, fileProblems: page.fileProblems, rows: page.rows, counts: page.counts };
        offset = page.nextOffset;
        setChecking({ done: collected.rows.length, total: page.totalRows });
      }
      setPreview(collected);
    } catch (error) {
      if (!controller.signal.aborted) setProblem(describe(error));
    } finally {
      if (!controller.signal.aborted) setChecking(null);
    }
  }

  function importFile() {
    if (!preview) return;
    apply.mutate(
      { csv: preview.csv, invite: invite && preview.counts.new > 0 },
      {
        onSuccess: (answer) => {
          setResult(answer);
          setPreview(null);
          if (fileInput.current) fileInput.current.value = "";
        },
      },
    );
  }

  const problemText = (entry: ImportProblem) =>
    (entry.column !== null ? t("people.import.where", { line: entry.line, column: entry.column }) : t("people.import.whereLine", { line: entry.line })) +
    t(`people.import.problems.${entry.code}`, entry.params);

  const counts = preview?.counts ?? NO_COUNTS;
  const fileErrors = preview?.fileProblems.filter((entry) => entry.severity === "error").length ?? 0;
  const blocked = fileErrors > 0 || counts.error > 0;
  const nothingToDo = preview !== null && !blocked && counts.new + counts.update === 0;
  const listed = preview ? (onlyProblems ? preview.rows.filter((row) => row.status !== "unchanged") : preview.rows) : [];
  const rows = listed.slice(shownFrom, shownFrom + SHOWN);

  return (
    <section aria-labelledby={`${id}-heading`} className="people-import" data-testid="people-import">
      <h2 id={`${id}-heading`}>{t("people.import.heading")}</h2>
      <p>{t("people.import.intro")}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t("people.import.file")}</label>
        <input id={`${id}-file`} ref={fileInput} type="file" accept=".csv,text/csv" onChange={(event) => void check(event)} disabled={apply.isPending} />
      </div>

      {checking && (
        <div className="people-import__progress" data-testid="import-checking">
          <progress aria-label={t("people.import.progressLabel")} value={checking.total === null ? undefined : checking.done} max={checking.total ?? undefined} />
          <p aria-live="polite">{checking.total === null ? t("people.import.checkingStart") : t("people.import.checking", { done: checking.done, total: checking.total })}</p>
        </div>
      )}
      <p className="form__error" role="alert">
        {problem ?? (apply.error ? describe(apply.error) : "")}
      </p>

      {preview && (
        <div data-testid="import-preview">
          <p role="status" data-testid="import-summary">
            {t("people.import.summary", { total: preview.totalRows, ...counts })}
          </p>
          {preview.fileProblems.length > 0 && (
            <>
              <h3>{t("people.import.fileProblems")}</h3>
              <ul data-testid="import-file-problems">
                {preview.fileProblems.map((entry) => (
                  <li key={`${entry.line}-${entry.column}-${entry.code}`} className={entry.severity === "error" ? "people-import__error" : undefined}>
                    {problemText(entry)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {preview.rows.length > 0 && (
            <>
              <h3 id={`${id}-rows`}>{t("people.import.rowsHeading")}</h3>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={onlyProblems}
                  onChange={(event) => {
                    setOnlyProblems(event.target.checked);
                    setShownFrom(0);
                  }}
                /> {t("people.import.onlyProblems")}
              </label>
              {/* Scrolls on its own, so it takes focus: keyboard users scroll it with the arrow keys. */}
              <div className="table-scroll people-import__rows" tabIndex={0} role="region" aria-labelledby={`${id}-rows`}>
                <table className="people-table" data-testid="import-rows" aria-labelledby={`${id}-rows`}>
                  <thead>
                    <tr>
                      <th scope="col">{t("people.import.columns.line")}</th>
                      <th scope="col">{t("people.import.columns.name")}</th>
                      <th scope="col">{t("people.import.columns.email")}</th>
                      <th scope="col">{t("people.import.columns.status")}</th>
                      <th scope="col">{t("people.import.columns.problems")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.line} data-status={row.status}>
                        <td>{row.line}</td>
                        <td>{row.name}</td>
                        <td>{row.email}</td>
                        <td>
                          {t(`people.import.statuses.${row.status}`)}
                          {row.changes.length > 0 && <div className="people-hint">{t("people.import.changes", { fields: row.changes.map((field) => t(`people.import.fields.${field}`)).join(", ") })}</div>}
                        </td>
                        <td>
                          {row.problems.length > 0 && (
                            <ul className="people-import__problems">
                              {row.problems.map((entry) => (
                                <li key={`${entry.column}-${entry.code}`}>{problemText(entry)}</li>
                              ))}
                            </ul>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {listed.length > SHOWN && (
                <div className="people-import__pager">
                  <button type="button" className="button button--secondary" disabled={shownFrom === 0} onClick={() => setShownFrom(Math.max(0, shownFrom - SHOWN))}>
                    {t("people.import.previous", { count: SHOWN })}
                  </button>
                  <span aria-live="polite">{t("people.import.shown", { from: shownFrom + 1, to: Math.min(listed.length, shownFrom + SHOWN), total: listed.length })}</span>
                  <button type="button" className="button button--secondary" disabled={shownFrom + SHOWN >= listed.length} onClick={() => setShownFrom(shownFrom + SHOWN)}>
                    {t("people.import.next", { count: SHOWN })}
                  </button>
                </div>
              )}
            </>
          )}
          {blocked && <p className="notice">{t("people.import.fixFirst")}</p>}
          {nothingToDo && <p className="notice">{t("people.import.nothingToDo")}</p>}
          {!blocked && !nothingToDo && (
            <div className="people-import__apply">
              <label className="checkbox">
                <input type="checkbox" checked={invite} disabled={counts.new === 0 || apply.isPending} onChange={(event) => setInvite(event.target.checked)} aria-describedby={`${id}-invite-hint`} />{" "}
                {t("people.import.invite", { count: counts.new })}
              </label>
              <p id={`${id}-invite-hint`} className="people-hint">
                {t("people.import.inviteHint")}
              </p>
              <button type="button" className="button" onClick={importFile} disabled={apply.isPending} aria-busy={apply.isPending}>
                {t("people.import.submit")}
              </button>
            </div>
          )}
        </div>
      )}

      {apply.isPending && (
        <div className="people-import__progress" data-testid="import-applying">
          {/* One request in one transaction: its progress is not known in steps, so the bar runs until the answer. */}
          <progress aria-label={t("people.import.applyProgressLabel")} />
          <p aria-live="polite">{t("people.import.submitting", { count: preview?.totalRows ?? 0 })}</p>
        </div>
      )}
      <div role="status">
        {result && (
          <div data-testid="import-result">
            <progress aria-label={t("people.import.applyProgressLabel")} value={1} max={1} />
            <p className="notice">{t("people.import.done", result)}</p>
            <button type="button" className="button button--secondary" onClick={() => fileInput.current?.click()}>
              {t("people.import.another")}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
