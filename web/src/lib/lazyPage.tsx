import { lazy, Suspense, type ComponentType } from "react";
import { Loading } from "../components/Loading.tsx";

/** A page loaded on first visit, as its own chunk; the app shell stays up with "Laden…" meanwhile. */
export function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}
