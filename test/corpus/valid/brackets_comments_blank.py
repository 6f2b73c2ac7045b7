# comments and blank lines with odd indentation inside brackets
x = [
        1,
  2,
# comment at column 0
            3,

      # indented comment

4]
y = (

 1

)
z = {
 "a":
         1,
     "b"
  :
2
}
def f(
a,
        b,
  # comment
    c=(
  1
        ),
):
    return (a
+ b
  + c)
if (x and
  y):
        pass
call(
  1,
    # comment
        2,


)
a = [  # trailing comment on bracket line
]
b = (  # c1
    # c2
    1  # c3
    # c4
)  # c5
c = [1,  2,
     3,]  # end
class K(
    Base,
      # comment
    metaclass=M,
): pass
x = [
	1,	# tab
	2,
]
