package kz.emocare.contracts.simulator.population;

/**
 * Grade and letter of each class of a school. With eleven or more classes every grade 1–11 has at least one class
 * (letters А, Ә, Б, ...); with fewer the grades are spread out. Class 0 is always a 10th grade, where the demo
 * student sits.
 */
public final class ClassLayout {

    private static final String LETTERS = "АӘБВГДЕЖЗИКЛМН";
    private static final int GRADES = 11;
    private static final int DEMO_GRADE_OFFSET = 9;

    private final int classesPerSchool;

    public ClassLayout(int classesPerSchool) {
        this.classesPerSchool = classesPerSchool;
    }

    /** The grade (1–11) of a class. */
    public int grade(int classIndex) {
        int position = classesPerSchool >= GRADES ? classIndex % GRADES : classIndex * GRADES / classesPerSchool;
        return 1 + (position + DEMO_GRADE_OFFSET) % GRADES;
    }

    /** The letter of a class within its grade. */
    public char letter(int classIndex) {
        int parallel = classesPerSchool >= GRADES ? classIndex / GRADES : 0;
        return LETTERS.charAt(parallel % LETTERS.length());
    }

    /** "10А" */
    public String name(int classIndex) {
        return grade(classIndex) + String.valueOf(letter(classIndex));
    }

    /** The classes of the same grade in a school (moves happen between them). */
    public int[] sameGrade(int classIndex) {
        int grade = grade(classIndex);
        return java.util.stream.IntStream.range(0, classesPerSchool)
                .filter(other -> grade(other) == grade)
                .toArray();
    }
}
