import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="rounded border border-rule bg-paper p-6">
      <h1 className="text-2xl font-bold">Not for your role</h1>
      <p className="mt-2">
        This screen is kept for other roles in the newsroom. Ask an administrator if you need it.
      </p>
      <p className="mt-4">
        <Link href="/admin" className="font-semibold text-brand underline">
          Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
