/** Filters from the URL that were not used, each named in the form's words, so an unexpected list explains itself. */
export function FilterProblems({ problems }: { problems: string[] }) {
  if (!problems.length) return null;
  return (
    <div role="alert" className="mb-4 text-sm text-red-700 dark:text-red-400">
      <p>{problems.length === 1 ? 'This filter was not used:' : 'These filters were not used:'}</p>
      <ul className="list-disc pl-5">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
